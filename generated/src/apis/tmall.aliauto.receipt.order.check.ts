// Generated from specs/tmallcar/tmall.aliauto.receipt.order.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.receipt.order.check` (查看工单查询订单是否已付款). */
export interface TmallAliautoReceiptOrderCheckRequest {
  /** 服务商自定义门店编码 */
  outer_shop_id?: string;
  /** 工单号 */
  receipt_id?: Int64Input;
}

/** Response of `tmall.aliauto.receipt.order.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoReceiptOrderCheckResponse {
  /** 返回的数据实体 */
  data?: TmallAliautoReceiptOrderCheckCheckReceiptOrderIsPaid4IsvDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckReceiptOrderIsPaid4IsvDto` of `tmall.aliauto.receipt.order.check`. */
export interface TmallAliautoReceiptOrderCheckCheckReceiptOrderIsPaid4IsvDto {
  /** 门店自定义编码 */
  outer_shop_id?: string;
  /** 无 */
  paid_order_items?: TmallAliautoReceiptOrderCheckOrderItem4IsvDto[];
  /** 工单id */
  receipt_id?: Int64;
}

/** `OrderItem4IsvDto` of `tmall.aliauto.receipt.order.check`. */
export interface TmallAliautoReceiptOrderCheckOrderItem4IsvDto {
  /** 实际支付金额 */
  actual_total_fee?: string;
  /** 扩展属性 */
  extension?: string;
  /** 是否在三包期内 */
  in_guarantee?: boolean;
  /** 商品头图 */
  item_head_img?: string;
  /** 商品id */
  item_id?: Int64;
  /** 商品名称 */
  item_name?: string;
  /** 订单商品原价 */
  total_fee?: string;
}

const REQUEST_SCHEMA = {
  outer_shop_id: 'String',
  receipt_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    outer_shop_id: 'String',
    paid_order_items: [
      {
        actual_total_fee: 'String',
        extension: 'String',
        in_guarantee: 'Boolean',
        item_head_img: 'String',
        item_id: 'Number',
        item_name: 'String',
        total_fee: 'String',
      },
    ],
    receipt_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.receipt.order.check`: method, response root, request and response schemas. */
export const tmallAliautoReceiptOrderCheckOperation = {
  method: 'tmall.aliauto.receipt.order.check',
  responseRoot: 'tmall_aliauto_receipt_order_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查看工单查询订单是否已付款 — calls TOP method `tmall.aliauto.receipt.order.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoReceiptOrderCheck(
  client: TopClient,
  request: TmallAliautoReceiptOrderCheckRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoReceiptOrderCheckResponse> {
  return client.call<TmallAliautoReceiptOrderCheckResponse>(
    {
      method: 'tmall.aliauto.receipt.order.check',
      responseRoot: 'tmall_aliauto_receipt_order_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

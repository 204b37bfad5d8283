// Generated from specs/mos/alibaba.mj.oc.writesaleslip.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.writesaleslip` (开票占库). */
export interface AlibabaMjOcWritesaleslipRequest {
  /** 开票占库入参 */
  pos_sale_order: AlibabaMjOcWritesaleslipPosSaleOrderDtoInput;
}

/** Response of `alibaba.mj.oc.writesaleslip`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcWritesaleslipResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosSaleOrderDto` of `alibaba.mj.oc.writesaleslip`. */
export interface AlibabaMjOcWritesaleslipPosSaleOrderDtoInput {
  /** 扩展信息 */
  extend_params?: string;
  /** 会员卡号 */
  member_card_no?: string;
  /** 会员电话 */
  member_mobile?: string;
  /** 操作员 */
  operator?: string;
  /** 商品列表 */
  sale_items: AlibabaMjOcWritesaleslipPosOrderSaleItemDtoInput[];
  /** 开票单号 */
  sale_ticket_no: string;
}

/** `PosOrderSaleItemDto` of `alibaba.mj.oc.writesaleslip`. */
export interface AlibabaMjOcWritesaleslipPosOrderSaleItemDtoInput {
  /** 折扣金额 */
  discount_amount: Int64Input;
  /** 扩展信息 */
  extend_params?: string;
  /** 商品ID */
  goods_id: string;
  /** 开票行号 */
  goods_line_no: Int64Input;
  /** 商品名称 */
  goods_name?: string;
  /** 商品类型： N：老单品；Y：喵货；C：云单品；M：零售+ * ?? 非单品是啥？ */
  item_type: string;
  /** 门店号 */
  mall_no: string;
  /** 原始价格 */
  ori_price: Int64Input;
  /** 应付金额 */
  pay_amount: Int64Input;
  /** 商品数量 */
  quantity: string;
  /** 开票单号 */
  sale_ticket_no: string;
  /** 结算码 */
  settle_code?: string;
  /** 专柜号 */
  shop_no: string;
}

const REQUEST_SCHEMA = {
  pos_sale_order: {
    extend_params: 'String',
    member_card_no: 'String',
    member_mobile: 'String',
    operator: 'String',
    sale_items: [
      {
        discount_amount: 'Number',
        extend_params: 'String',
        goods_id: 'String',
        goods_line_no: 'Number',
        goods_name: 'String',
        item_type: 'String',
        mall_no: 'String',
        ori_price: 'Number',
        pay_amount: 'Number',
        quantity: 'String',
        sale_ticket_no: 'String',
        settle_code: 'String',
        shop_no: 'String',
      },
    ],
    sale_ticket_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.writesaleslip`: method, response root, request and response schemas. */
export const alibabaMjOcWritesaleslipOperation = {
  method: 'alibaba.mj.oc.writesaleslip',
  responseRoot: 'alibaba_mj_oc_writesaleslip_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开票占库 — calls TOP method `alibaba.mj.oc.writesaleslip`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcWritesaleslip(
  client: TopClient,
  request: AlibabaMjOcWritesaleslipRequest,
  options?: CallOptions,
): Promise<AlibabaMjOcWritesaleslipResponse> {
  return client.call<AlibabaMjOcWritesaleslipResponse>(
    {
      method: 'alibaba.mj.oc.writesaleslip',
      responseRoot: 'alibaba_mj_oc_writesaleslip_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.ordervoucher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.ordervoucher` (预约接口). */
export interface TaobaoGameDeliveryvoucherOrdervoucherRequest {
  /** 发券参数 */
  param0?: TaobaoGameDeliveryvoucherOrdervoucherOrderVoucherRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.ordervoucher`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherOrdervoucherResponse {
  /** message */
  message?: string;
  /** success */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderVoucherRequest` of `taobao.game.deliveryvoucher.ordervoucher`. */
export interface TaobaoGameDeliveryvoucherOrdervoucherOrderVoucherRequestInput {
  /** 操作时间 */
  operate_date: DateInput;
  /** 扩展参数 */
  extend?: string;
  /** 流水号:唯一，幂等性判断 */
  op_id: string;
  /** 第三方服务商标识：top appkey */
  provider: string;
  /** 主订单id */
  order_id: Int64Input;
  /** 券信息,券信息,最多100条券记录 */
  voucher_infos: TaobaoGameDeliveryvoucherOrdervoucherDeliveryVoucherInfoDTOInput[];
  /** 预约时间 */
  appointment_time: DateInput;
  /** 外部订单号 */
  out_order_id: string;
  /** 1:物流发货 2：自提 */
  out_order_type: Int64Input;
  /** 自提方式必传 */
  terminal_address?: string;
  /** 自提方式必传 */
  terminal_phone?: string;
  /** 自提方式必传 */
  terminal_name?: string;
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.ordervoucher`. */
export interface TaobaoGameDeliveryvoucherOrdervoucherDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherOrdervoucherDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.ordervoucher`. */
export interface TaobaoGameDeliveryvoucherOrdervoucherDeliveryVoucherDTOInput {
  /** 券ID */
  id: string;
  /** 券号 */
  no: string;
}

const REQUEST_SCHEMA = {
  param0: {
    operate_date: 'Date',
    extend: 'String',
    op_id: 'String',
    provider: 'String',
    order_id: 'Number',
    voucher_infos: [
      {
        vouchers: [
          {
            id: 'String',
            no: 'String',
          },
        ],
        item_id: 'Number',
      },
    ],
    appointment_time: 'Date',
    out_order_id: 'String',
    out_order_type: 'Number',
    terminal_address: 'String',
    terminal_phone: 'String',
    terminal_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  is_success: 'Boolean',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.game.deliveryvoucher.ordervoucher`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherOrdervoucherOperation = {
  method: 'taobao.game.deliveryvoucher.ordervoucher',
  responseRoot: 'game_deliveryvoucher_ordervoucher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预约接口 — calls TOP method `taobao.game.deliveryvoucher.ordervoucher`.
 *
 * 提货券发券接口：同步券和订单的关联信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherOrdervoucher(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherOrdervoucherRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherOrdervoucherResponse> {
  return client.call<TaobaoGameDeliveryvoucherOrdervoucherResponse>(
    {
      method: 'taobao.game.deliveryvoucher.ordervoucher',
      responseRoot: 'game_deliveryvoucher_ordervoucher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

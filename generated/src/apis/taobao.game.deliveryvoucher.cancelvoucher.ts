// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.cancelvoucher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.cancelvoucher` (作废券). */
export interface TaobaoGameDeliveryvoucherCancelvoucherRequest {
  /** 发券参数 */
  param0?: TaobaoGameDeliveryvoucherCancelvoucherCancelVoucherRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.cancelvoucher`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherCancelvoucherResponse {
  /** message */
  message?: string;
  /** success */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelVoucherRequest` of `taobao.game.deliveryvoucher.cancelvoucher`. */
export interface TaobaoGameDeliveryvoucherCancelvoucherCancelVoucherRequestInput {
  /** 操作时间 */
  operate_date: DateInput;
  /** 扩展参数 */
  extend?: string;
  /** 流水号:唯一，幂等性判断 */
  op_id: string;
  /** 第三方服务商标识,top appkey */
  provider: string;
  /** 主订单id */
  order_id: Int64Input;
  /** 券信息,券信息,最多100条券记录 */
  voucher_infos: TaobaoGameDeliveryvoucherCancelvoucherDeliveryVoucherInfoDTOInput[];
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.cancelvoucher`. */
export interface TaobaoGameDeliveryvoucherCancelvoucherDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherCancelvoucherDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.cancelvoucher`. */
export interface TaobaoGameDeliveryvoucherCancelvoucherDeliveryVoucherDTOInput {
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
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  is_success: 'Boolean',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.game.deliveryvoucher.cancelvoucher`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherCancelvoucherOperation = {
  method: 'taobao.game.deliveryvoucher.cancelvoucher',
  responseRoot: 'game_deliveryvoucher_cancelvoucher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 作废券 — calls TOP method `taobao.game.deliveryvoucher.cancelvoucher`.
 *
 * 提货券发券接口：同步券和订单的关联信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherCancelvoucher(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherCancelvoucherRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherCancelvoucherResponse> {
  return client.call<TaobaoGameDeliveryvoucherCancelvoucherResponse>(
    {
      method: 'taobao.game.deliveryvoucher.cancelvoucher',
      responseRoot: 'game_deliveryvoucher_cancelvoucher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

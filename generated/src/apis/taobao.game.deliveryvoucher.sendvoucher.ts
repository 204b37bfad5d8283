// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.sendvoucher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.sendvoucher` (提货券发券接口). */
export interface TaobaoGameDeliveryvoucherSendvoucherRequest {
  /** 发券参数 */
  param0?: TaobaoGameDeliveryvoucherSendvoucherSendVoucherRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.sendvoucher`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherSendvoucherResponse {
  /** message */
  message?: string;
  /** success */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendVoucherRequest` of `taobao.game.deliveryvoucher.sendvoucher`. */
export interface TaobaoGameDeliveryvoucherSendvoucherSendVoucherRequestInput {
  /** 操作时间 */
  operate_date: DateInput;
  /** 扩展参数 */
  extend?: string;
  /** 流水号:唯一，幂等性判断 */
  op_id: string;
  /** 第三方服务商标识 top appkey */
  provider: string;
  /** 主订单id */
  order_id: Int64Input;
  /** 券信息，券信息,最多20条券记录 */
  voucher_infos: TaobaoGameDeliveryvoucherSendvoucherDeliveryVoucherInfoDTOInput[];
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.sendvoucher`. */
export interface TaobaoGameDeliveryvoucherSendvoucherDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherSendvoucherDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.sendvoucher`. */
export interface TaobaoGameDeliveryvoucherSendvoucherDeliveryVoucherDTOInput {
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

/** Static description of `taobao.game.deliveryvoucher.sendvoucher`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherSendvoucherOperation = {
  method: 'taobao.game.deliveryvoucher.sendvoucher',
  responseRoot: 'game_deliveryvoucher_sendvoucher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提货券发券接口 — calls TOP method `taobao.game.deliveryvoucher.sendvoucher`.
 *
 * 提货券发券接口：同步券和订单的关联信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherSendvoucher(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherSendvoucherRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherSendvoucherResponse> {
  return client.call<TaobaoGameDeliveryvoucherSendvoucherResponse>(
    {
      method: 'taobao.game.deliveryvoucher.sendvoucher',
      responseRoot: 'game_deliveryvoucher_sendvoucher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

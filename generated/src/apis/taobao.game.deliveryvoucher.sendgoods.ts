// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.sendgoods.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.sendgoods` (提货券发货接口). */
export interface TaobaoGameDeliveryvoucherSendgoodsRequest {
  /** 发券参数 */
  param0?: TaobaoGameDeliveryvoucherSendgoodsSendVoucherRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.sendgoods`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherSendgoodsResponse {
  /** message */
  message?: string;
  /** success */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendVoucherRequest` of `taobao.game.deliveryvoucher.sendgoods`. */
export interface TaobaoGameDeliveryvoucherSendgoodsSendVoucherRequestInput {
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
  voucher_infos: TaobaoGameDeliveryvoucherSendgoodsDeliveryVoucherInfoDTOInput[];
  /** 收件人电话 */
  receiver_mobile?: string;
  /** 收件人 */
  receiver?: string;
  /** 收件人地址 */
  address?: string;
  /** 物流公司编码 */
  logistics_code: string;
  /** 物流单号 */
  logistics_no: string;
  /** 物流名称 */
  logistics_name: string;
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.sendgoods`. */
export interface TaobaoGameDeliveryvoucherSendgoodsDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherSendgoodsDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.sendgoods`. */
export interface TaobaoGameDeliveryvoucherSendgoodsDeliveryVoucherDTOInput {
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
    receiver_mobile: 'String',
    receiver: 'String',
    address: 'String',
    logistics_code: 'String',
    logistics_no: 'String',
    logistics_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  is_success: 'Boolean',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.game.deliveryvoucher.sendgoods`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherSendgoodsOperation = {
  method: 'taobao.game.deliveryvoucher.sendgoods',
  responseRoot: 'game_deliveryvoucher_sendgoods_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提货券发货接口 — calls TOP method `taobao.game.deliveryvoucher.sendgoods`.
 *
 * 提货券发券接口：同步券和订单的关联信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherSendgoods(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherSendgoodsRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherSendgoodsResponse> {
  return client.call<TaobaoGameDeliveryvoucherSendgoodsResponse>(
    {
      method: 'taobao.game.deliveryvoucher.sendgoods',
      responseRoot: 'game_deliveryvoucher_sendgoods_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

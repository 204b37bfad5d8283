// Generated from specs/film/taobao.film.data.third.party.refund.order.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.data.third.party.refund.order` (退票接口). */
export interface TaobaoFilmDataThirdPartyRefundOrderRequest {
  /** 淘宝账号ID，此ID是一串数字。可自行百度查看如何获取或者咨询淘票票技术人员提供 */
  user_id: Int64Input;
  /** 淘票票分配的渠道码 */
  platform: Int64Input;
  /** 退票身份ID，用于标识一个购票用户的身份，该参数需要跟锁座接口的ext_order_id参数一致，否则下单会失败。外部渠道需保证该参数的唯一性及准确性，下单出票接口会利用该参数做冥等性判断，如果由于外部渠道自身传入的参数有问题而导致的下单出票接口返回的结果有误，需要外部渠道自己承担损失 */
  ext_user_id: string;
  /** 退款时候需要传入第三方的订单号。外部渠道需保证该参数的唯一性和准确性 */
  ext_order_id: string;
  /** 下单时返回的淘宝订单号参数 */
  tb_order_id: Int64Input;
  /** 退款金额，以分为单位，为指定的退款订单的金额 */
  refund_amount: Int64Input;
  /** 退款服务费，目前都为0 */
  refund_service_fee: Int64Input;
  /** 目前可以暂时不填参数 */
  params?: string | Record<string, unknown>;
}

/** Response of `taobao.film.data.third.party.refund.order`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmDataThirdPartyRefundOrderResponse {
  /** result */
  result?: TaobaoFilmDataThirdPartyRefundOrderResultGeneralModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultGeneralModel` of `taobao.film.data.third.party.refund.order`. */
export interface TaobaoFilmDataThirdPartyRefundOrderResultGeneralModel {
  /** 调用失败描述信息 */
  return_message?: string;
  /** 0代表接口调用成功，其他值表示调用失败，错误信息可详见接口文档 */
  return_code?: string;
  /** returnValue */
  return_value?: TaobaoFilmDataThirdPartyRefundOrderTopRefundOrderStatus;
}

/** `TopRefundOrderStatus` of `taobao.film.data.third.party.refund.order`. */
export interface TaobaoFilmDataThirdPartyRefundOrderTopRefundOrderStatus {
  /** 退款中，其他状态可详见接口文档 */
  status?: string;
  /** tbOrderId */
  tb_order_id?: string;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  platform: 'Number',
  ext_user_id: 'String',
  ext_order_id: 'String',
  tb_order_id: 'Number',
  refund_amount: 'Number',
  refund_service_fee: 'Number',
  params: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_message: 'String',
    return_code: 'String',
    return_value: {
      status: 'String',
      tb_order_id: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.film.data.third.party.refund.order`: method, response root, request and response schemas. */
export const taobaoFilmDataThirdPartyRefundOrderOperation = {
  method: 'taobao.film.data.third.party.refund.order',
  responseRoot: 'film_data_third_party_refund_order_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退票接口 — calls TOP method `taobao.film.data.third.party.refund.order`.
 *
 * 淘票票第三方退票接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmDataThirdPartyRefundOrder(
  client: TopClient,
  request: TaobaoFilmDataThirdPartyRefundOrderRequest,
  options?: CallOptions,
): Promise<TaobaoFilmDataThirdPartyRefundOrderResponse> {
  return client.call<TaobaoFilmDataThirdPartyRefundOrderResponse>(
    {
      method: 'taobao.film.data.third.party.refund.order',
      responseRoot: 'film_data_third_party_refund_order_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/vaccin/alibaba.alihealth.vaccine.trade.order.channel.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.vaccine.trade.order.channel.get` (通过订单ID与卖家ID获取订单渠道). */
export interface AlibabaAlihealthVaccineTradeOrderChannelGetRequest {
  /** 请求参数 */
  trade_vaccine_order_query_top_request?: AlibabaAlihealthVaccineTradeOrderChannelGetTradeVaccineOrderQueryTopRequestInput;
}

/** Response of `alibaba.alihealth.vaccine.trade.order.channel.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthVaccineTradeOrderChannelGetResponse {
  /** 业务响应code */
  biz_code?: string;
  /** 订单渠道 */
  data?: string;
  /** 业务成功状态 */
  biz_success?: boolean;
  /** 业务错误信息描述 */
  biz_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeVaccineOrderQueryTopRequest` of `alibaba.alihealth.vaccine.trade.order.channel.get`. */
export interface AlibabaAlihealthVaccineTradeOrderChannelGetTradeVaccineOrderQueryTopRequestInput {
  /** 业务订单号 */
  biz_order_id?: Int64Input;
  /** 卖家ID */
  merchant_id?: string;
}

const REQUEST_SCHEMA = {
  trade_vaccine_order_query_top_request: {
    biz_order_id: 'Number',
    merchant_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_code: 'String',
  data: 'String',
  biz_success: 'Boolean',
  biz_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.vaccine.trade.order.channel.get`: method, response root, request and response schemas. */
export const alibabaAlihealthVaccineTradeOrderChannelGetOperation = {
  method: 'alibaba.alihealth.vaccine.trade.order.channel.get',
  responseRoot: 'alibaba_alihealth_vaccine_trade_order_channel_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过订单ID与卖家ID获取订单渠道 — calls TOP method `alibaba.alihealth.vaccine.trade.order.channel.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthVaccineTradeOrderChannelGet(
  client: TopClient,
  request: AlibabaAlihealthVaccineTradeOrderChannelGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthVaccineTradeOrderChannelGetResponse> {
  return client.call<AlibabaAlihealthVaccineTradeOrderChannelGetResponse>(
    {
      method: 'alibaba.alihealth.vaccine.trade.order.channel.get',
      responseRoot: 'alibaba_alihealth_vaccine_trade_order_channel_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

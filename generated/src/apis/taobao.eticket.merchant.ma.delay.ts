// Generated from specs/eticket/taobao.eticket.merchant.ma.delay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.ma.delay` (凭证延期). */
export interface TaobaoEticketMerchantMaDelayRequest {
  /** 扩展 */
  attribute_map?: string | Record<string, unknown>;
  /** 请求ID，调用方保证惟一 */
  request_id?: string;
  /** 业务类型 */
  biz_type: Int64Input;
  /** 延期时间 */
  end_date: DateInput;
  /** 码 */
  code?: string;
  /** 订单号 */
  outer_id: string;
}

/** Response of `taobao.eticket.merchant.ma.delay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantMaDelayResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  res_code?: Int64;
  /** 错误消息 */
  res_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  attribute_map: 'Json',
  request_id: 'String',
  biz_type: 'Number',
  end_date: 'Date',
  code: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  res_code: 'Number',
  res_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.eticket.merchant.ma.delay`: method, response root, request and response schemas. */
export const taobaoEticketMerchantMaDelayOperation = {
  method: 'taobao.eticket.merchant.ma.delay',
  responseRoot: 'eticket_merchant_ma_delay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 凭证延期 — calls TOP method `taobao.eticket.merchant.ma.delay`.
 *
 * 订单延期
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantMaDelay(
  client: TopClient,
  request: TaobaoEticketMerchantMaDelayRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantMaDelayResponse> {
  return client.call<TaobaoEticketMerchantMaDelayResponse>(
    {
      method: 'taobao.eticket.merchant.ma.delay',
      responseRoot: 'eticket_merchant_ma_delay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/eticket/taobao.vmarket.eticket.codes.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.codes.get` (电子凭证码列表查询). */
export interface TaobaoVmarketEticketCodesGetRequest {
  /** 订单号 */
  order_id: Int64Input;
  /** 码商ID */
  codemerchant_id?: Int64Input;
}

/** Response of `taobao.vmarket.eticket.codes.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketCodesGetResponse {
  /** 电子凭证码列表 */
  eticket_codes?: TaobaoVmarketEticketCodesGetEticketCode[];
  /** 记录总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EticketCode` of `taobao.vmarket.eticket.codes.get`. */
export interface TaobaoVmarketEticketCodesGetEticketCode {
  /** 可用数量 */
  num?: Int64;
  /** 电子凭证码 */
  code?: string;
  /** 订单ID */
  order_id?: Int64;
  /** 码状态 */
  status?: Int64;
  /** 二维码的图片地址 */
  qrcode_url?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  codemerchant_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  eticket_codes: [
    {
      num: 'Number',
      code: 'String',
      order_id: 'Number',
      status: 'Number',
      qrcode_url: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.codes.get`: method, response root, request and response schemas. */
export const taobaoVmarketEticketCodesGetOperation = {
  method: 'taobao.vmarket.eticket.codes.get',
  responseRoot: 'vmarket_eticket_codes_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证码列表查询 — calls TOP method `taobao.vmarket.eticket.codes.get`.
 *
 * 查询某个订单的所有码的列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketCodesGet(
  client: TopClient,
  request: TaobaoVmarketEticketCodesGetRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketCodesGetResponse> {
  return client.call<TaobaoVmarketEticketCodesGetResponse>(
    {
      method: 'taobao.vmarket.eticket.codes.get',
      responseRoot: 'vmarket_eticket_codes_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

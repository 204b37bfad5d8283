// Generated from specs/flightuppc/alitrip.flight.external.alipay.sign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.external.alipay.sign` (支付宝小程序验签). */
export interface AlitripFlightExternalAlipaySignRequest {
  /** 入参结构体 */
  alipay_sign_req: AlitripFlightExternalAlipaySignAlipaySignReqInput;
}

/** Response of `alitrip.flight.external.alipay.sign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightExternalAlipaySignResponse {
  /** 签名结果 */
  result?: string;
  /** 是否请求成功 */
  is_success?: boolean;
  /** 请求失败描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlipaySignReq` of `alitrip.flight.external.alipay.sign`. */
export interface AlitripFlightExternalAlipaySignAlipaySignReqInput {
  /** 加签自定义参数，格式遵循http请求路径参数的格式 */
  source_content: string;
  /** 业务代码 */
  external_applet_biz_code: string;
  /** 签名算法类型 */
  sign_type?: string;
}

const REQUEST_SCHEMA = {
  alipay_sign_req: {
    source_content: 'String',
    external_applet_biz_code: 'String',
    sign_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.external.alipay.sign`: method, response root, request and response schemas. */
export const alitripFlightExternalAlipaySignOperation = {
  method: 'alitrip.flight.external.alipay.sign',
  responseRoot: 'alitrip_flight_external_alipay_sign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝小程序验签 — calls TOP method `alitrip.flight.external.alipay.sign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightExternalAlipaySign(
  client: TopClient,
  request: AlitripFlightExternalAlipaySignRequest,
  options?: CallOptions,
): Promise<AlitripFlightExternalAlipaySignResponse> {
  return client.call<AlitripFlightExternalAlipaySignResponse>(
    {
      method: 'alitrip.flight.external.alipay.sign',
      responseRoot: 'alitrip_flight_external_alipay_sign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

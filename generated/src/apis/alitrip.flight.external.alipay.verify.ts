// Generated from specs/flightuppc/alitrip.flight.external.alipay.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.external.alipay.verify` (支付宝小程序验签). */
export interface AlitripFlightExternalAlipayVerifyRequest {
  /** 入参结构体 */
  alipay_check_sign_req: AlitripFlightExternalAlipayVerifyAlipayCheckSignReqInput;
}

/** Response of `alitrip.flight.external.alipay.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightExternalAlipayVerifyResponse {
  /** 是否验签成功 */
  result?: boolean;
  /** 是否请求成功 */
  is_success?: boolean;
  /** 请求失败描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlipayCheckSignReq` of `alitrip.flight.external.alipay.verify`. */
export interface AlitripFlightExternalAlipayVerifyAlipayCheckSignReqInput {
  /** 加签自定义参数，格式遵循http请求路径参数的格式 */
  source_content: string;
  /** 签名 */
  signature: string;
  /** 业务代码 */
  external_applet_biz_code: string;
  /** 签名算法类型 */
  sign_type?: string;
}

const REQUEST_SCHEMA = {
  alipay_check_sign_req: {
    source_content: 'String',
    signature: 'String',
    external_applet_biz_code: 'String',
    sign_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.external.alipay.verify`: method, response root, request and response schemas. */
export const alitripFlightExternalAlipayVerifyOperation = {
  method: 'alitrip.flight.external.alipay.verify',
  responseRoot: 'alitrip_flight_external_alipay_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝小程序验签 — calls TOP method `alitrip.flight.external.alipay.verify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightExternalAlipayVerify(
  client: TopClient,
  request: AlitripFlightExternalAlipayVerifyRequest,
  options?: CallOptions,
): Promise<AlitripFlightExternalAlipayVerifyResponse> {
  return client.call<AlitripFlightExternalAlipayVerifyResponse>(
    {
      method: 'alitrip.flight.external.alipay.verify',
      responseRoot: 'alitrip_flight_external_alipay_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/flightuppc/alitrip.flight.external.alipay.encrypt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.external.alipay.encrypt` (支付宝小程序明文加密). */
export interface AlitripFlightExternalAlipayEncryptRequest {
  /** 入参结构体 */
  alipay_encrypt_req: AlitripFlightExternalAlipayEncryptAlipayEncryptReqInput;
}

/** Response of `alitrip.flight.external.alipay.encrypt`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightExternalAlipayEncryptResponse {
  /** 明文加密后的密文 */
  result?: string;
  /** 是否请求成功 */
  is_success?: boolean;
  /** 请求失败描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlipayEncryptReq` of `alitrip.flight.external.alipay.encrypt`. */
export interface AlitripFlightExternalAlipayEncryptAlipayEncryptReqInput {
  /** 待加密明文 */
  source_content: string;
  /** 业务代码 */
  external_applet_biz_code: string;
}

const REQUEST_SCHEMA = {
  alipay_encrypt_req: {
    source_content: 'String',
    external_applet_biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.external.alipay.encrypt`: method, response root, request and response schemas. */
export const alitripFlightExternalAlipayEncryptOperation = {
  method: 'alitrip.flight.external.alipay.encrypt',
  responseRoot: 'alitrip_flight_external_alipay_encrypt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝小程序明文加密 — calls TOP method `alitrip.flight.external.alipay.encrypt`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightExternalAlipayEncrypt(
  client: TopClient,
  request: AlitripFlightExternalAlipayEncryptRequest,
  options?: CallOptions,
): Promise<AlitripFlightExternalAlipayEncryptResponse> {
  return client.call<AlitripFlightExternalAlipayEncryptResponse>(
    {
      method: 'alitrip.flight.external.alipay.encrypt',
      responseRoot: 'alitrip_flight_external_alipay_encrypt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

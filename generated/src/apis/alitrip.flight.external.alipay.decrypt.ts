// Generated from specs/flightuppc/alitrip.flight.external.alipay.decrypt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.external.alipay.decrypt` (支付宝小程序密文解密). */
export interface AlitripFlightExternalAlipayDecryptRequest {
  /** 入参结构体 */
  alipay_decrypt_req: AlitripFlightExternalAlipayDecryptAlipayDecryptReqInput;
}

/** Response of `alitrip.flight.external.alipay.decrypt`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightExternalAlipayDecryptResponse {
  /** 解密后的明文 */
  result?: string;
  /** 是否请求成功 */
  is_success?: boolean;
  /** 请求失败描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlipayDecryptReq` of `alitrip.flight.external.alipay.decrypt`. */
export interface AlitripFlightExternalAlipayDecryptAlipayDecryptReqInput {
  /** 待解密密文 */
  encrypt_content: string;
  /** 业务代码 */
  external_applet_biz_code: string;
}

const REQUEST_SCHEMA = {
  alipay_decrypt_req: {
    encrypt_content: 'String',
    external_applet_biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.external.alipay.decrypt`: method, response root, request and response schemas. */
export const alitripFlightExternalAlipayDecryptOperation = {
  method: 'alitrip.flight.external.alipay.decrypt',
  responseRoot: 'alitrip_flight_external_alipay_decrypt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝小程序密文解密 — calls TOP method `alitrip.flight.external.alipay.decrypt`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightExternalAlipayDecrypt(
  client: TopClient,
  request: AlitripFlightExternalAlipayDecryptRequest,
  options?: CallOptions,
): Promise<AlitripFlightExternalAlipayDecryptResponse> {
  return client.call<AlitripFlightExternalAlipayDecryptResponse>(
    {
      method: 'alitrip.flight.external.alipay.decrypt',
      responseRoot: 'alitrip_flight_external_alipay_decrypt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

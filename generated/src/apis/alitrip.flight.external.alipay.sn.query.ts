// Generated from specs/flightuppc/alitrip.flight.external.alipay.sn.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.external.alipay.sn.query` (支付宝小程序查询证书序列号). */
export interface AlitripFlightExternalAlipaySnQueryRequest {
  /** 入参结构体 */
  alipay_query_cert_sn_req: AlitripFlightExternalAlipaySnQueryAlipayQueryCertSnReqInput;
}

/** Response of `alitrip.flight.external.alipay.sn.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightExternalAlipaySnQueryResponse {
  /** 证书编码结构体 */
  result?: AlitripFlightExternalAlipaySnQueryAlipayCertSnDTO;
  /** 是否请求成功 */
  is_success?: boolean;
  /** 请求失败描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlipayQueryCertSnReq` of `alitrip.flight.external.alipay.sn.query`. */
export interface AlitripFlightExternalAlipaySnQueryAlipayQueryCertSnReqInput {
  /** 业务代码 */
  external_applet_biz_code: string;
  /** 证书签名算法 */
  sign_type: string;
}

/** `AlipayCertSnDTO` of `alitrip.flight.external.alipay.sn.query`. */
export interface AlitripFlightExternalAlipaySnQueryAlipayCertSnDTO {
  /** app证书序列号 */
  app_cert_sn?: string;
  /** alipay证书序列号 */
  alipay_cert_sn?: string;
  /** alipay根证书序列号 */
  alipay_root_cert_sn?: string;
}

const REQUEST_SCHEMA = {
  alipay_query_cert_sn_req: {
    external_applet_biz_code: 'String',
    sign_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    app_cert_sn: 'String',
    alipay_cert_sn: 'String',
    alipay_root_cert_sn: 'String',
  },
  is_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.external.alipay.sn.query`: method, response root, request and response schemas. */
export const alitripFlightExternalAlipaySnQueryOperation = {
  method: 'alitrip.flight.external.alipay.sn.query',
  responseRoot: 'alitrip_flight_external_alipay_sn_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝小程序查询证书序列号 — calls TOP method `alitrip.flight.external.alipay.sn.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightExternalAlipaySnQuery(
  client: TopClient,
  request: AlitripFlightExternalAlipaySnQueryRequest,
  options?: CallOptions,
): Promise<AlitripFlightExternalAlipaySnQueryResponse> {
  return client.call<AlitripFlightExternalAlipaySnQueryResponse>(
    {
      method: 'alitrip.flight.external.alipay.sn.query',
      responseRoot: 'alitrip_flight_external_alipay_sn_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

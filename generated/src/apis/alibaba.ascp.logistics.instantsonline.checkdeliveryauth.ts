// Generated from specs/tblogistics/alibaba.ascp.logistics.instantsonline.checkdeliveryauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.instantsonline.checkdeliveryauth` (同城配送在线下单检查授权). */
export interface AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthRequest {
  /** 业务类型，INSTANT_ONLINE：同城配送-在线下单 */
  biz_type?: string;
}

/** Response of `alibaba.ascp.logistics.instantsonline.checkdeliveryauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.ascp.logistics.instantsonline.checkdeliveryauth`. */
export interface AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthTopResult {
  /** 数据 */
  data?: AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthCheckDeliveryAuthTopResponse;
  /** 执行结果 */
  success?: boolean;
}

/** `CheckDeliveryAuthTopResponse` of `alibaba.ascp.logistics.instantsonline.checkdeliveryauth`. */
export interface AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthCheckDeliveryAuthTopResponse {
  /** 0正常,1异常 */
  auth_status?: Int64;
  /** 扩展 */
  features?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      auth_status: 'Number',
      features: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.instantsonline.checkdeliveryauth`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsInstantsonlineCheckdeliveryauthOperation = {
  method: 'alibaba.ascp.logistics.instantsonline.checkdeliveryauth',
  responseRoot: 'alibaba_ascp_logistics_instantsonline_checkdeliveryauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配送在线下单检查授权 — calls TOP method `alibaba.ascp.logistics.instantsonline.checkdeliveryauth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsInstantsonlineCheckdeliveryauth(
  client: TopClient,
  request: AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthResponse> {
  return client.call<AlibabaAscpLogisticsInstantsonlineCheckdeliveryauthResponse>(
    {
      method: 'alibaba.ascp.logistics.instantsonline.checkdeliveryauth',
      responseRoot: 'alibaba_ascp_logistics_instantsonline_checkdeliveryauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

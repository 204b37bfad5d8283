// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.servicestore.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.servicestore.offline` (网点下线). */
export interface AlibabaSscSupplyplatformServicestoreOfflineRequest {
  /**
   * 网点编码列表集合,最大支持1000
   *
   * Max list size: 20
   */
  service_store_code_list?: string[];
  /**
   * 网点id列表集合,最大支持1000
   *
   * Max list size: 20
   */
  service_store_id_list?: Int64Input[];
}

/** Response of `alibaba.ssc.supplyplatform.servicestore.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServicestoreOfflineResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServicestoreOfflineResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.servicestore.offline`. */
export interface AlibabaSscSupplyplatformServicestoreOfflineResult {
  /** 错误信息 */
  display_msg?: string;
  /** 成功或失败 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  service_store_code_list: ['String'],
  service_store_id_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.servicestore.offline`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServicestoreOfflineOperation = {
  method: 'alibaba.ssc.supplyplatform.servicestore.offline',
  responseRoot: 'alibaba_ssc_supplyplatform_servicestore_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网点下线 — calls TOP method `alibaba.ssc.supplyplatform.servicestore.offline`.
 *
 * 网点下线功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServicestoreOffline(
  client: TopClient,
  request: AlibabaSscSupplyplatformServicestoreOfflineRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServicestoreOfflineResponse> {
  return client.call<AlibabaSscSupplyplatformServicestoreOfflineResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.servicestore.offline',
      responseRoot: 'alibaba_ssc_supplyplatform_servicestore_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceworker.quitservicestore.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceworker.quitservicestore` (工人退出网点). */
export interface AlibabaSscSupplyplatformServiceworkerQuitservicestoreRequest {
  /** 工人退出网点model */
  worker_quit_service_store_for_top_req_dto: AlibabaSscSupplyplatformServiceworkerQuitservicestoreWorkerQuitServiceStoreForTopReqDTOInput;
}

/** Response of `alibaba.ssc.supplyplatform.serviceworker.quitservicestore`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceworkerQuitservicestoreResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceworkerQuitservicestoreResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkerQuitServiceStoreForTopReqDTO` of `alibaba.ssc.supplyplatform.serviceworker.quitservicestore`. */
export interface AlibabaSscSupplyplatformServiceworkerQuitservicestoreWorkerQuitServiceStoreForTopReqDTOInput {
  /** 退出网点的工人身份证列表 */
  id_number_list: string[];
  /** 网点编码 */
  service_store_code: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceworker.quitservicestore`. */
export interface AlibabaSscSupplyplatformServiceworkerQuitservicestoreResult {
  /** 错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  worker_quit_service_store_for_top_req_dto: {
    id_number_list: ['String'],
    service_store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceworker.quitservicestore`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceworkerQuitservicestoreOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceworker.quitservicestore',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_quitservicestore_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工人退出网点 — calls TOP method `alibaba.ssc.supplyplatform.serviceworker.quitservicestore`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceworkerQuitservicestore(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceworkerQuitservicestoreRequest,
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceworkerQuitservicestoreResponse> {
  return client.call<AlibabaSscSupplyplatformServiceworkerQuitservicestoreResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceworker.quitservicestore',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_quitservicestore_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

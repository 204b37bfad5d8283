// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceability.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceability.delete` (删除服务能力). */
export interface AlibabaSscSupplyplatformServiceabilityDeleteRequest {
  /** 服务提供者类型。service_store 网点；worker 工人；supplier 服务商 */
  provider_type: string;
  /** 服务提供者id。根据服务提供者类型填写相应的id，例如类型是网点，则填我们系统的网点id */
  provider_id: Int64Input;
}

/** Response of `alibaba.ssc.supplyplatform.serviceability.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceabilityDeleteResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceabilityDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceability.delete`. */
export interface AlibabaSscSupplyplatformServiceabilityDeleteResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  provider_type: 'String',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceability.delete`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceabilityDeleteOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceability.delete',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceability_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除服务能力 — calls TOP method `alibaba.ssc.supplyplatform.serviceability.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceabilityDelete(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceabilityDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceabilityDeleteResponse> {
  return client.call<AlibabaSscSupplyplatformServiceabilityDeleteResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceability.delete',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceability_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/mozi/alibaba.mozi.vds.tenant.api.service.matchempcodes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.vds.tenant.api.service.matchempcodes` (校验组-员工是否匹配). */
export interface AlibabaMoziVdsTenantApiServiceMatchempcodesRequest {
  /** 入参 */
  par0?: AlibabaMoziVdsTenantApiServiceMatchempcodesMatchWithEmployeeRequestInput;
}

/** Response of `alibaba.mozi.vds.tenant.api.service.matchempcodes`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziVdsTenantApiServiceMatchempcodesResponse {
  /** 出参 */
  result?: AlibabaMoziVdsTenantApiServiceMatchempcodesMatchWithEmployeeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MatchWithEmployeeRequest` of `alibaba.mozi.vds.tenant.api.service.matchempcodes`. */
export interface AlibabaMoziVdsTenantApiServiceMatchempcodesMatchWithEmployeeRequestInput {
  /** 人员code */
  employee_codes: string[];
  /** 租户id */
  tenant_id: Int64Input;
  /** 组code */
  group_code: string;
}

/** `MatchWithEmployeeResult` of `alibaba.mozi.vds.tenant.api.service.matchempcodes`. */
export interface AlibabaMoziVdsTenantApiServiceMatchempcodesMatchWithEmployeeResult {
  /** 未匹配上的人员code */
  unmatched_employee_codes?: string[];
  /** success */
  success?: boolean;
  /** requestId */
  request_id?: string;
  /** 匹配上的人员code */
  matched_employee_codes?: string[];
  /** responseMessage */
  response_message?: string;
  /** responseCode */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  par0: {
    employee_codes: ['String'],
    tenant_id: 'Number',
    group_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    unmatched_employee_codes: ['String'],
    success: 'Boolean',
    request_id: 'String',
    matched_employee_codes: ['String'],
    response_message: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.vds.tenant.api.service.matchempcodes`: method, response root, request and response schemas. */
export const alibabaMoziVdsTenantApiServiceMatchempcodesOperation = {
  method: 'alibaba.mozi.vds.tenant.api.service.matchempcodes',
  responseRoot: 'alibaba_mozi_vds_tenant_api_service_matchempcodes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验组-员工是否匹配 — calls TOP method `alibaba.mozi.vds.tenant.api.service.matchempcodes`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziVdsTenantApiServiceMatchempcodes(
  client: TopClient,
  request: AlibabaMoziVdsTenantApiServiceMatchempcodesRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziVdsTenantApiServiceMatchempcodesResponse> {
  return client.call<AlibabaMoziVdsTenantApiServiceMatchempcodesResponse>(
    {
      method: 'alibaba.mozi.vds.tenant.api.service.matchempcodes',
      responseRoot: 'alibaba_mozi_vds_tenant_api_service_matchempcodes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

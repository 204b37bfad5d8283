// Generated from specs/mozivds/alibaba.mozi.vds.tenant.api.service.addadmin.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.vds.tenant.api.service.addadmin` (新建租户管理员). */
export interface AlibabaMoziVdsTenantApiServiceAddadminRequest {
  /** 请求参数 */
  param0: AlibabaMoziVdsTenantApiServiceAddadminAddTenantAdminsRequestInput;
}

/** Response of `alibaba.mozi.vds.tenant.api.service.addadmin`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziVdsTenantApiServiceAddadminResponse {
  /** 结果 */
  result?: AlibabaMoziVdsTenantApiServiceAddadminAddTenantAdminsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddTenantAdminsRequest` of `alibaba.mozi.vds.tenant.api.service.addadmin`. */
export interface AlibabaMoziVdsTenantApiServiceAddadminAddTenantAdminsRequestInput {
  /** 人员code */
  employee_codes: string[];
  /** 是否主管理员 */
  primary_admin?: boolean;
  /** 租户Id */
  tenant_id: Int64Input;
  /** 操作人 */
  operator: string;
  /** 请求元数据 */
  request_meta_data?: string;
}

/** `AddTenantAdminsResult` of `alibaba.mozi.vds.tenant.api.service.addadmin`. */
export interface AlibabaMoziVdsTenantApiServiceAddadminAddTenantAdminsResult {
  /** 是否成功 */
  success?: boolean;
  /** 请求id */
  request_id?: string;
  /** 返回msg */
  response_message?: string;
  /** 返回data */
  response_meta_data?: string;
  /** 返回Code */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    employee_codes: ['String'],
    primary_admin: 'Boolean',
    tenant_id: 'Number',
    operator: 'String',
    request_meta_data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.vds.tenant.api.service.addadmin`: method, response root, request and response schemas. */
export const alibabaMoziVdsTenantApiServiceAddadminOperation = {
  method: 'alibaba.mozi.vds.tenant.api.service.addadmin',
  responseRoot: 'alibaba_mozi_vds_tenant_api_service_addadmin_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建租户管理员 — calls TOP method `alibaba.mozi.vds.tenant.api.service.addadmin`.
 *
 * 新建租户管理员
 * alibaba.mozi.vds.tenant.api.service.addadmin
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziVdsTenantApiServiceAddadmin(
  client: TopClient,
  request: AlibabaMoziVdsTenantApiServiceAddadminRequest,
  options?: CallOptions,
): Promise<AlibabaMoziVdsTenantApiServiceAddadminResponse> {
  return client.call<AlibabaMoziVdsTenantApiServiceAddadminResponse>(
    {
      method: 'alibaba.mozi.vds.tenant.api.service.addadmin',
      responseRoot: 'alibaba_mozi_vds_tenant_api_service_addadmin_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

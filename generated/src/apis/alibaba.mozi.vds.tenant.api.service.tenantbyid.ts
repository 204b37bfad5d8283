// Generated from specs/mozi/alibaba.mozi.vds.tenant.api.service.tenantbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.vds.tenant.api.service.tenantbyid` (按租户ID查询租户信息). */
export interface AlibabaMoziVdsTenantApiServiceTenantbyidRequest {
  /** 入参 */
  par0: AlibabaMoziVdsTenantApiServiceTenantbyidGetTenantByIdRequestInput;
}

/** Response of `alibaba.mozi.vds.tenant.api.service.tenantbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziVdsTenantApiServiceTenantbyidResponse {
  /** result */
  result?: AlibabaMoziVdsTenantApiServiceTenantbyidGetTenantByIdResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetTenantByIdRequest` of `alibaba.mozi.vds.tenant.api.service.tenantbyid`. */
export interface AlibabaMoziVdsTenantApiServiceTenantbyidGetTenantByIdRequestInput {
  /** 租户id */
  tenant_id: Int64Input;
}

/** `GetTenantByIdResult` of `alibaba.mozi.vds.tenant.api.service.tenantbyid`. */
export interface AlibabaMoziVdsTenantApiServiceTenantbyidGetTenantByIdResult {
  /** data数据 */
  data?: AlibabaMoziVdsTenantApiServiceTenantbyidTenant;
  /** success */
  success?: boolean;
  /** requestId */
  request_id?: string;
  /** responseMessage */
  response_message?: string;
  /** responseCode */
  response_code?: string;
}

/** `Tenant` of `alibaba.mozi.vds.tenant.api.service.tenantbyid`. */
export interface AlibabaMoziVdsTenantApiServiceTenantbyidTenant {
  /** 租户完整code,格式：命名空间+$+code */
  tenant_full_code?: string;
  /** 租户id */
  tenant_id?: Int64;
  /** 租户名称 */
  tenant_name?: string;
  /** 租户描述 */
  tenant_description?: string;
  /** 创建者 */
  creator?: string;
  /** 修改者 */
  modifier?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  par0: {
    tenant_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      tenant_full_code: 'String',
      tenant_id: 'Number',
      tenant_name: 'String',
      tenant_description: 'String',
      creator: 'String',
      modifier: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
    },
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.vds.tenant.api.service.tenantbyid`: method, response root, request and response schemas. */
export const alibabaMoziVdsTenantApiServiceTenantbyidOperation = {
  method: 'alibaba.mozi.vds.tenant.api.service.tenantbyid',
  responseRoot: 'alibaba_mozi_vds_tenant_api_service_tenantbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按租户ID查询租户信息 — calls TOP method `alibaba.mozi.vds.tenant.api.service.tenantbyid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziVdsTenantApiServiceTenantbyid(
  client: TopClient,
  request: AlibabaMoziVdsTenantApiServiceTenantbyidRequest,
  options?: CallOptions,
): Promise<AlibabaMoziVdsTenantApiServiceTenantbyidResponse> {
  return client.call<AlibabaMoziVdsTenantApiServiceTenantbyidResponse>(
    {
      method: 'alibaba.mozi.vds.tenant.api.service.tenantbyid',
      responseRoot: 'alibaba_mozi_vds_tenant_api_service_tenantbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

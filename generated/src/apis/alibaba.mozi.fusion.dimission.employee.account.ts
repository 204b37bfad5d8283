// Generated from specs/mozi/alibaba.mozi.fusion.dimission.employee.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.fusion.dimission.employee.account` (人员离职). */
export interface AlibabaMoziFusionDimissionEmployeeAccountRequest {
  /** 入参 */
  'dimission.employee'?: AlibabaMoziFusionDimissionEmployeeAccountRemoveTenantEmployeeAndAccountRequestInput;
}

/** Response of `alibaba.mozi.fusion.dimission.employee.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziFusionDimissionEmployeeAccountResponse {
  /** 返回结果 */
  result?: AlibabaMoziFusionDimissionEmployeeAccountRemoveTenantEmployeeAndAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RemoveTenantEmployeeAndAccountRequest` of `alibaba.mozi.fusion.dimission.employee.account`. */
export interface AlibabaMoziFusionDimissionEmployeeAccountRemoveTenantEmployeeAndAccountRequestInput {
  /** 租户ID */
  tenant_id: Int64Input;
  /** 附加属性 */
  request_meta_data?: string;
  /** 人员CODE */
  employee_code: string;
  /** 操作人 */
  operator?: string;
  /** 账号ID */
  account_id?: Int64Input;
}

/** `RemoveTenantEmployeeAndAccountResult` of `alibaba.mozi.fusion.dimission.employee.account`. */
export interface AlibabaMoziFusionDimissionEmployeeAccountRemoveTenantEmployeeAndAccountResult {
  /** 返回状态描述 */
  response_message?: string;
  /** 返回附加信息 */
  response_meta_data?: string;
  /** 返回的状态码 */
  response_code?: string;
  /** 请求的UUID */
  request_id?: string;
  /** 返回结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  'dimission.employee': {
    tenant_id: 'Number',
    request_meta_data: 'String',
    employee_code: 'String',
    operator: 'String',
    account_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
    request_id: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.fusion.dimission.employee.account`: method, response root, request and response schemas. */
export const alibabaMoziFusionDimissionEmployeeAccountOperation = {
  method: 'alibaba.mozi.fusion.dimission.employee.account',
  responseRoot: 'alibaba_mozi_fusion_dimission_employee_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人员离职 — calls TOP method `alibaba.mozi.fusion.dimission.employee.account`.
 *
 * 人员离职并且回收账号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziFusionDimissionEmployeeAccount(
  client: TopClient,
  request: AlibabaMoziFusionDimissionEmployeeAccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziFusionDimissionEmployeeAccountResponse> {
  return client.call<AlibabaMoziFusionDimissionEmployeeAccountResponse>(
    {
      method: 'alibaba.mozi.fusion.dimission.employee.account',
      responseRoot: 'alibaba_mozi_fusion_dimission_employee_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/mozi/alibaba.mozi.fusion.update.employee.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.fusion.update.employee.account` (更新人员和账号属性). */
export interface AlibabaMoziFusionUpdateEmployeeAccountRequest {
  /** 入参 */
  employee_account?: AlibabaMoziFusionUpdateEmployeeAccountUpdateTenantEmployeeAndAccountRequestInput;
}

/** Response of `alibaba.mozi.fusion.update.employee.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziFusionUpdateEmployeeAccountResponse {
  /** 出参 */
  result?: AlibabaMoziFusionUpdateEmployeeAccountUpdateTenantEmployeeAndAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateTenantEmployeeAndAccountRequest` of `alibaba.mozi.fusion.update.employee.account`. */
export interface AlibabaMoziFusionUpdateEmployeeAccountUpdateTenantEmployeeAndAccountRequestInput {
  /** 员工姓名 */
  employee_name: string;
  /** 证件号码 */
  certificate_code?: string;
  /** 员工基本属性 */
  employee_base_properties?: AlibabaMoziFusionUpdateEmployeeAccountEmployeeBasePropertiesInput;
  /** 操作人 */
  operator: string;
  /** 请求附加消息 */
  request_meta_data?: string;
  /** 员工CODE */
  employee_code: string;
  /** 账号ID */
  account_id: Int64Input;
  /** 租户ID */
  tenant_id: Int64Input;
  /** 证件类型 */
  certificate_type?: string;
}

/** `EmployeeBaseProperties` of `alibaba.mozi.fusion.update.employee.account`. */
export interface AlibabaMoziFusionUpdateEmployeeAccountEmployeeBasePropertiesInput {
  /** 手机区号 */
  cell_phone_area_code?: string;
  /** 昵称 */
  nick_name?: string;
  /** 头像地址 */
  avatar?: string;
  /** 邮箱 */
  email?: string;
  /** 机号码 */
  cell_phone?: string;
  /** 工号 */
  employee_number?: string;
}

/** `UpdateTenantEmployeeAndAccountResult` of `alibaba.mozi.fusion.update.employee.account`. */
export interface AlibabaMoziFusionUpdateEmployeeAccountUpdateTenantEmployeeAndAccountResult {
  /** 返回结果成功还是失败 */
  data?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 请求的UUID */
  request_id?: string;
  /** 返回状态描述 */
  response_message?: string;
  /** 返回附加信息 */
  response_meta_data?: string;
  /** 返回的状态码 */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  employee_account: {
    employee_name: 'String',
    certificate_code: 'String',
    employee_base_properties: {
      cell_phone_area_code: 'String',
      nick_name: 'String',
      avatar: 'String',
      email: 'String',
      cell_phone: 'String',
      employee_number: 'String',
    },
    operator: 'String',
    request_meta_data: 'String',
    employee_code: 'String',
    account_id: 'Number',
    tenant_id: 'Number',
    certificate_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.fusion.update.employee.account`: method, response root, request and response schemas. */
export const alibabaMoziFusionUpdateEmployeeAccountOperation = {
  method: 'alibaba.mozi.fusion.update.employee.account',
  responseRoot: 'alibaba_mozi_fusion_update_employee_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新人员和账号属性 — calls TOP method `alibaba.mozi.fusion.update.employee.account`.
 *
 * 更新人员和账号基本属性
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziFusionUpdateEmployeeAccount(
  client: TopClient,
  request: AlibabaMoziFusionUpdateEmployeeAccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziFusionUpdateEmployeeAccountResponse> {
  return client.call<AlibabaMoziFusionUpdateEmployeeAccountResponse>(
    {
      method: 'alibaba.mozi.fusion.update.employee.account',
      responseRoot: 'alibaba_mozi_fusion_update_employee_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

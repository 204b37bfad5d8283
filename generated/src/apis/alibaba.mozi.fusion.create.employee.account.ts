// Generated from specs/mozi/alibaba.mozi.fusion.create.employee.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.fusion.create.employee.account` (创建MOZI自建人员和账号). */
export interface AlibabaMoziFusionCreateEmployeeAccountRequest {
  /** 入参 */
  employee_account?: AlibabaMoziFusionCreateEmployeeAccountCreateTenantEmployeeAndAccountRequestInput;
}

/** Response of `alibaba.mozi.fusion.create.employee.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziFusionCreateEmployeeAccountResponse {
  /** result */
  result?: AlibabaMoziFusionCreateEmployeeAccountCreateTenantEmployeeAndAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateTenantEmployeeAndAccountRequest` of `alibaba.mozi.fusion.create.employee.account`. */
export interface AlibabaMoziFusionCreateEmployeeAccountCreateTenantEmployeeAndAccountRequestInput {
  /** 租户ID */
  tenant_id: Int64Input;
  /** 证件号码 */
  certificate_code?: string;
  /** 请求附加消息 */
  request_meta_data?: string;
  /** 昵称 */
  nickname?: string;
  /** 证件类型 */
  certificate_type?: string;
  /** 员工CODE */
  employee_code: string;
  /** 密码 */
  password?: string;
  /** 操作人 */
  operator?: string;
  /** 员工姓名 */
  employee_name: string;
  /** 邮箱 */
  email?: string;
  /** 账户名 */
  account: string;
  /** 语言 */
  language?: string;
  /** 手机区号 */
  sec_mobile_area_code?: string;
  /** 工号 */
  employee_number?: string;
  /** 手机号码 */
  sec_mobile?: string;
  /** 自建账号定义的namespace */
  namespace: string;
  /** 头像的完整URL */
  avatar?: string;
}

/** `CreateTenantEmployeeAndAccountResult` of `alibaba.mozi.fusion.create.employee.account`. */
export interface AlibabaMoziFusionCreateEmployeeAccountCreateTenantEmployeeAndAccountResult {
  /** 返回状态描述 */
  response_message?: string;
  /** 返回附加信息 */
  response_meta_data?: string;
  /** 返回的状态码 */
  response_code?: string;
  /** 请求的UUID */
  request_id?: string;
  /** 返回的人员和账号的绑定对象 */
  data?: AlibabaMoziFusionCreateEmployeeAccountEmployeeAccount;
  /** 是否成功 */
  success?: boolean;
}

/** `EmployeeAccount` of `alibaba.mozi.fusion.create.employee.account`. */
export interface AlibabaMoziFusionCreateEmployeeAccountEmployeeAccount {
  /** 账号ID */
  account_id?: Int64;
  /** 员工code */
  employee_code?: string;
  /** 账号类型 */
  account_namespace?: string;
  /** 账号名 */
  account_code?: string;
}

const REQUEST_SCHEMA = {
  employee_account: {
    tenant_id: 'Number',
    certificate_code: 'String',
    request_meta_data: 'String',
    nickname: 'String',
    certificate_type: 'String',
    employee_code: 'String',
    password: 'String',
    operator: 'String',
    employee_name: 'String',
    email: 'String',
    account: 'String',
    language: 'String',
    sec_mobile_area_code: 'String',
    employee_number: 'String',
    sec_mobile: 'String',
    namespace: 'String',
    avatar: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
    request_id: 'String',
    data: {
      account_id: 'Number',
      employee_code: 'String',
      account_namespace: 'String',
      account_code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.fusion.create.employee.account`: method, response root, request and response schemas. */
export const alibabaMoziFusionCreateEmployeeAccountOperation = {
  method: 'alibaba.mozi.fusion.create.employee.account',
  responseRoot: 'alibaba_mozi_fusion_create_employee_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建MOZI自建人员和账号 — calls TOP method `alibaba.mozi.fusion.create.employee.account`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziFusionCreateEmployeeAccount(
  client: TopClient,
  request: AlibabaMoziFusionCreateEmployeeAccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziFusionCreateEmployeeAccountResponse> {
  return client.call<AlibabaMoziFusionCreateEmployeeAccountResponse>(
    {
      method: 'alibaba.mozi.fusion.create.employee.account',
      responseRoot: 'alibaba_mozi_fusion_create_employee_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

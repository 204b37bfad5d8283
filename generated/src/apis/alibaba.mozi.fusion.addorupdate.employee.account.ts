// Generated from specs/mozi/alibaba.mozi.fusion.addorupdate.employee.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.fusion.addorupdate.employee.account` (添加人员和账号复合接口). */
export interface AlibabaMoziFusionAddorupdateEmployeeAccountRequest {
  /** 人员账号 */
  employee_account?: AlibabaMoziFusionAddorupdateEmployeeAccountAddOrUpdateTenantEmployeeAndAccountRequestInput;
}

/** Response of `alibaba.mozi.fusion.addorupdate.employee.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziFusionAddorupdateEmployeeAccountResponse {
  /** result */
  result?: AlibabaMoziFusionAddorupdateEmployeeAccountAddOrUpdateTenantEmployeeAndAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddOrUpdateTenantEmployeeAndAccountRequest` of `alibaba.mozi.fusion.addorupdate.employee.account`. */
export interface AlibabaMoziFusionAddorupdateEmployeeAccountAddOrUpdateTenantEmployeeAndAccountRequestInput {
  /** 租户ID */
  tenant_id: Int64Input;
  /** 附加属性 */
  request_meta_data?: string;
  /** 昵称 */
  nickname?: string;
  /** 人员唯一编码，租户独一无二，比如工号 */
  employee_code: string;
  /** 操作人 */
  operator: string;
  /** 账号的所属公司，找BUC同学配置 */
  namespace: string;
  /** 人员姓名 */
  employee_name: string;
  /** 邮箱 */
  email?: string;
  /** 账号名 */
  account: string;
  /** 站点语言，中文ZH_CN,英文 EN */
  language?: string;
  /** 手机国家码 */
  sec_mobile_area_code?: string;
  /** 账号ID或者名字，能独一无二表示一个账号 */
  refer_id: string;
  /** 手机号码 */
  sec_mobile?: string;
  /** 身份证号码 */
  identity_card_num?: string;
  /** 员工工号 */
  employee_number?: string;
  /** 头像URL地址 */
  avatar?: string;
}

/** `AddOrUpdateTenantEmployeeAndAccountResult` of `alibaba.mozi.fusion.addorupdate.employee.account`. */
export interface AlibabaMoziFusionAddorupdateEmployeeAccountAddOrUpdateTenantEmployeeAndAccountResult {
  /** 返回状态描述 */
  response_message?: string;
  /** 返回附加信息 */
  response_meta_data?: string;
  /** 返回的状态码 */
  response_code?: string;
  /** 请求的UUID */
  request_id?: string;
  /** 返回的人员和账号的绑定对象 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  employee_account: {
    tenant_id: 'Number',
    request_meta_data: 'String',
    nickname: 'String',
    employee_code: 'String',
    operator: 'String',
    namespace: 'String',
    employee_name: 'String',
    email: 'String',
    account: 'String',
    language: 'String',
    sec_mobile_area_code: 'String',
    refer_id: 'String',
    sec_mobile: 'String',
    identity_card_num: 'String',
    employee_number: 'String',
    avatar: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
    request_id: 'String',
    data: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.fusion.addorupdate.employee.account`: method, response root, request and response schemas. */
export const alibabaMoziFusionAddorupdateEmployeeAccountOperation = {
  method: 'alibaba.mozi.fusion.addorupdate.employee.account',
  responseRoot: 'alibaba_mozi_fusion_addorupdate_employee_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加人员和账号复合接口 — calls TOP method `alibaba.mozi.fusion.addorupdate.employee.account`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziFusionAddorupdateEmployeeAccount(
  client: TopClient,
  request: AlibabaMoziFusionAddorupdateEmployeeAccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziFusionAddorupdateEmployeeAccountResponse> {
  return client.call<AlibabaMoziFusionAddorupdateEmployeeAccountResponse>(
    {
      method: 'alibaba.mozi.fusion.addorupdate.employee.account',
      responseRoot: 'alibaba_mozi_fusion_addorupdate_employee_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/campus/alibaba.campus.core.employee.modifyemployee.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.core.employee.modifyemployee` (修改员工基本信息). */
export interface AlibabaCampusCoreEmployeeModifyemployeeRequest {
  /** WorkBenchContext */
  work_bench_context: AlibabaCampusCoreEmployeeModifyemployeeWorkBenchContextInput;
  /** EmployeeDto */
  employee_dto: AlibabaCampusCoreEmployeeModifyemployeeEmployeeDtoInput;
  /** 用户ID */
  account_id: string;
}

/** Response of `alibaba.campus.core.employee.modifyemployee`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusCoreEmployeeModifyemployeeResponse {
  /** 请求响应 */
  result?: AlibabaCampusCoreEmployeeModifyemployeePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.core.employee.modifyemployee`. */
export interface AlibabaCampusCoreEmployeeModifyemployeeWorkBenchContextInput {
  /** 用户ID */
  user_id?: Int64Input;
  /** 所属园区Code */
  campus_code?: string;
  /** 用户名称 */
  user_name?: string;
  /** 鹰眼TraceId */
  eagle_eye_trace_id?: string;
  /** 所属公司ID */
  company_id?: Int64Input;
  /** 登录者的语言 */
  language?: string;
  /** 所属园区Id */
  campus_id?: Int64Input;
  /** 调用者的IP */
  ip?: string;
}

/** `EmployeeDto` of `alibaba.campus.core.employee.modifyemployee`. */
export interface AlibabaCampusCoreEmployeeModifyemployeeEmployeeDtoInput {
  /** 生日 */
  birthday?: string;
  /** 性别 */
  sex?: string;
  /** 用户id */
  account_id?: Int64Input;
  /** 钉钉 */
  dingding?: string;
  /** id */
  id?: Int64Input;
  /** 旺旺 */
  wangwang?: string;
  /** 英文名称 */
  en_name?: string;
  /** 微信 */
  weixin?: string;
  /** 别名 */
  nick_name?: string;
  /** 手机号备注，一般用于存放第二个手机号 */
  mobile_comment?: string;
  /** 钉钉UserId */
  ding_user_id?: string;
  /** 姓名 */
  name?: string;
  /** 头像Url */
  avatar_url?: string;
  /** qq */
  qq?: string;
  /** 公司名称 */
  company_name?: string;
  /** 头像 */
  avatar?: string;
  /** 工号 */
  work_no?: string;
  /** 支付宝 */
  alipay?: string;
  /** 邮箱 */
  email?: string;
  /** corp_user_id */
  corp_user_id?: string;
  /** 头像Url */
  avatar_pre_view_url?: string;
  /** 工作状态 */
  work_status?: string;
  /** 公司ID */
  company_id?: Int64Input;
  /** 座机号码 */
  telephone?: string;
  /** 用户账号id */
  passport_account_id?: Int64Input;
  /** 手机 */
  mobile?: string;
}

/** `PojoResult` of `alibaba.campus.core.employee.modifyemployee`. */
export interface AlibabaCampusCoreEmployeeModifyemployeePojoResult {
  /** 内容 */
  content?: string;
  /** 请求id,TOP自带,无需关注 */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否请求成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    user_id: 'Number',
    campus_code: 'String',
    user_name: 'String',
    eagle_eye_trace_id: 'String',
    company_id: 'Number',
    language: 'String',
    campus_id: 'Number',
    ip: 'String',
  },
  employee_dto: {
    birthday: 'String',
    sex: 'String',
    account_id: 'Number',
    dingding: 'String',
    id: 'Number',
    wangwang: 'String',
    en_name: 'String',
    weixin: 'String',
    nick_name: 'String',
    mobile_comment: 'String',
    ding_user_id: 'String',
    name: 'String',
    avatar_url: 'String',
    qq: 'String',
    company_name: 'String',
    avatar: 'String',
    work_no: 'String',
    alipay: 'String',
    email: 'String',
    corp_user_id: 'String',
    avatar_pre_view_url: 'String',
    work_status: 'String',
    company_id: 'Number',
    telephone: 'String',
    passport_account_id: 'Number',
    mobile: 'String',
  },
  account_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.core.employee.modifyemployee`: method, response root, request and response schemas. */
export const alibabaCampusCoreEmployeeModifyemployeeOperation = {
  method: 'alibaba.campus.core.employee.modifyemployee',
  responseRoot: 'alibaba_campus_core_employee_modifyemployee_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改员工基本信息 — calls TOP method `alibaba.campus.core.employee.modifyemployee`.
 *
 * 根据用户ID和公司ID更新员工基本信息（头像、性别、昵称）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusCoreEmployeeModifyemployee(
  client: TopClient,
  request: AlibabaCampusCoreEmployeeModifyemployeeRequest,
  options?: CallOptions,
): Promise<AlibabaCampusCoreEmployeeModifyemployeeResponse> {
  return client.call<AlibabaCampusCoreEmployeeModifyemployeeResponse>(
    {
      method: 'alibaba.campus.core.employee.modifyemployee',
      responseRoot: 'alibaba_campus_core_employee_modifyemployee_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

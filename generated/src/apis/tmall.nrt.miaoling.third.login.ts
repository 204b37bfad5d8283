// Generated from specs/nrt/tmall.nrt.miaoling.third.login.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.miaoling.third.login` (喵零第三方免登). */
export interface TmallNrtMiaolingThirdLoginRequest {
  /** 参数对象 */
  nrt_ea_login_dto?: TmallNrtMiaolingThirdLoginNrtEaLoginDTOInput;
}

/** Response of `tmall.nrt.miaoling.third.login`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtMiaolingThirdLoginResponse {
  /** 返回结果 */
  result?: TmallNrtMiaolingThirdLoginResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtEaLoginDTO` of `tmall.nrt.miaoling.third.login`. */
export interface TmallNrtMiaolingThirdLoginNrtEaLoginDTOInput {
  /** 绑定类型 */
  action_type: string;
  /** 企业名称 */
  ent_name?: string;
  /** 被绑定用户Id */
  bind_site_user_id: Int64Input;
  /** 企业id */
  ent_id?: Int64Input;
  /** 业务身份 */
  biz_code: string;
  /** 操作时间戳 */
  operate_time: Int64Input;
  /** 手机号 */
  mobile: string;
  /** 绑定的用户id */
  user_id: string;
  /** 场景 */
  scene: string;
}

/** `ResultDO` of `tmall.nrt.miaoling.third.login`. */
export interface TmallNrtMiaolingThirdLoginResultDO {
  /** 数据对象 */
  data?: TmallNrtMiaolingThirdLoginNrtEaLoginDTO;
  /** 错误码 */
  err_code?: string;
  /** 请求结果 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

/** `NrtEaLoginDTO` of `tmall.nrt.miaoling.third.login`. */
export interface TmallNrtMiaolingThirdLoginNrtEaLoginDTO {
  /** 登录地址 */
  redirect_url?: string;
}

const REQUEST_SCHEMA = {
  nrt_ea_login_dto: {
    action_type: 'String',
    ent_name: 'String',
    bind_site_user_id: 'Number',
    ent_id: 'Number',
    biz_code: 'String',
    operate_time: 'Number',
    mobile: 'String',
    user_id: 'String',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      redirect_url: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.miaoling.third.login`: method, response root, request and response schemas. */
export const tmallNrtMiaolingThirdLoginOperation = {
  method: 'tmall.nrt.miaoling.third.login',
  responseRoot: 'tmall_nrt_miaoling_third_login_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零第三方免登 — calls TOP method `tmall.nrt.miaoling.third.login`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtMiaolingThirdLogin(
  client: TopClient,
  request: TmallNrtMiaolingThirdLoginRequest = {},
  options?: CallOptions,
): Promise<TmallNrtMiaolingThirdLoginResponse> {
  return client.call<TmallNrtMiaolingThirdLoginResponse>(
    {
      method: 'tmall.nrt.miaoling.third.login',
      responseRoot: 'tmall_nrt_miaoling_third_login_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

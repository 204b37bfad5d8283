// Generated from specs/mos/alibaba.mos.common.auth.operator.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.common.auth.operator.info` (获取当前人员信息). */
export interface AlibabaMosCommonAuthOperatorInfoRequest {
  /** 登录授权后返回的token信息 */
  token: string;
}

/** Response of `alibaba.mos.common.auth.operator.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosCommonAuthOperatorInfoResponse {
  /** 调用链id */
  trace_id?: string;
  /** 异步结果 */
  async_result?: string;
  /** 授权的人员信息 */
  data?: AlibabaMosCommonAuthOperatorInfoOperatorUserInfo;
  /** 调用是否成功 */
  issuccess?: boolean;
  /** 错误code */
  errcode?: string;
  /** 是否同步 */
  is_async?: boolean;
  /** 扩展字段 */
  attributes?: string | Record<string, unknown>;
  /** 错误信息 */
  err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OperatorUserInfo` of `alibaba.mos.common.auth.operator.info`. */
export interface AlibabaMosCommonAuthOperatorInfoOperatorUserInfo {
  /** operator id */
  id?: Int64;
  /** 阿里工号 */
  ali_work_no?: string;
  /** 银泰工号 */
  comp_work_no?: string;
  /** 淘宝id */
  user_id?: Int64;
  /** 姓名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  async_result: 'String',
  data: {
    id: 'Number',
    ali_work_no: 'String',
    comp_work_no: 'String',
    user_id: 'Number',
    name: 'String',
  },
  issuccess: 'Boolean',
  errcode: 'String',
  is_async: 'Boolean',
  attributes: 'Json',
  err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.common.auth.operator.info`: method, response root, request and response schemas. */
export const alibabaMosCommonAuthOperatorInfoOperation = {
  method: 'alibaba.mos.common.auth.operator.info',
  responseRoot: 'alibaba_mos_common_auth_operator_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取当前人员信息 — calls TOP method `alibaba.mos.common.auth.operator.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosCommonAuthOperatorInfo(
  client: TopClient,
  request: AlibabaMosCommonAuthOperatorInfoRequest,
  options?: CallOptions,
): Promise<AlibabaMosCommonAuthOperatorInfoResponse> {
  return client.call<AlibabaMosCommonAuthOperatorInfoResponse>(
    {
      method: 'alibaba.mos.common.auth.operator.info',
      responseRoot: 'alibaba_mos_common_auth_operator_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

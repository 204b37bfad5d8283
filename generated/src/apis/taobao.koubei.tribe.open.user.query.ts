// Generated from specs/user/taobao.koubei.tribe.open.user.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.tribe.open.user.query` (获取用户openId). */
export interface TaobaoKoubeiTribeOpenUserQueryRequest {
  /** 验证码 */
  verify_code: string;
  /** 手机号 */
  phone: string;
  /** 数据集id */
  data_set_id: string;
}

/** Response of `taobao.koubei.tribe.open.user.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiTribeOpenUserQueryResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiTribeOpenUserQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.tribe.open.user.query`. */
export interface TaobaoKoubeiTribeOpenUserQueryResult {
  /** traceId */
  trace_id?: string;
  /** 用户信息DTO */
  data?: TaobaoKoubeiTribeOpenUserQueryUserInfoDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error?: string;
}

/** `UserInfoDto` of `taobao.koubei.tribe.open.user.query`. */
export interface TaobaoKoubeiTribeOpenUserQueryUserInfoDto {
  /** 用户openId */
  open_id?: string;
  /** 用户结果code */
  user_result_code?: TaobaoKoubeiTribeOpenUserQueryUserResultCode;
}

/** `UserResultCode` of `taobao.koubei.tribe.open.user.query`. */
export interface TaobaoKoubeiTribeOpenUserQueryUserResultCode {
  /** 结果code */
  result_code?: string;
  /** 结果类型 */
  result_type?: string;
  /** 结果描述 */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  verify_code: 'String',
  phone: 'String',
  data_set_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      open_id: 'String',
      user_result_code: {
        result_code: 'String',
        result_type: 'String',
        result_msg: 'String',
      },
    },
    success: 'Boolean',
    error: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.tribe.open.user.query`: method, response root, request and response schemas. */
export const taobaoKoubeiTribeOpenUserQueryOperation = {
  method: 'taobao.koubei.tribe.open.user.query',
  responseRoot: 'koubei_tribe_open_user_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户openId — calls TOP method `taobao.koubei.tribe.open.user.query`.
 *
 * 口碑综合体通过手机号码获取加密后的用户openId
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiTribeOpenUserQuery(
  client: TopClient,
  request: TaobaoKoubeiTribeOpenUserQueryRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiTribeOpenUserQueryResponse> {
  return client.call<TaobaoKoubeiTribeOpenUserQueryResponse>(
    {
      method: 'taobao.koubei.tribe.open.user.query',
      responseRoot: 'koubei_tribe_open_user_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.universalbp.account.is.universal.user.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.account.is.universal.user` (判断用户是否迁移新bp). */
export interface TaobaoUniversalbpAccountIsUniversalUserRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpAccountIsUniversalUserTopServiceContextInput;
}

/** Response of `taobao.universalbp.account.is.universal.user`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpAccountIsUniversalUserResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpAccountIsUniversalUserTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.account.is.universal.user`. */
export interface TaobaoUniversalbpAccountIsUniversalUserTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.account.is.universal.user`. */
export interface TaobaoUniversalbpAccountIsUniversalUserTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpAccountIsUniversalUserTopInfo;
  /** 结果集 */
  top_account_status_v_o?: TaobaoUniversalbpAccountIsUniversalUserTopAccountStatusVo;
}

/** `TopInfo` of `taobao.universalbp.account.is.universal.user`. */
export interface TaobaoUniversalbpAccountIsUniversalUserTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopAccountStatusVo` of `taobao.universalbp.account.is.universal.user`. */
export interface TaobaoUniversalbpAccountIsUniversalUserTopAccountStatusVo {
  /** 是否是新bp用户 */
  is_universal_bp_user?: boolean;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    top_account_status_v_o: {
      is_universal_bp_user: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.account.is.universal.user`: method, response root, request and response schemas. */
export const taobaoUniversalbpAccountIsUniversalUserOperation = {
  method: 'taobao.universalbp.account.is.universal.user',
  responseRoot: 'universalbp_account_is_universal_user_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断用户是否迁移新bp — calls TOP method `taobao.universalbp.account.is.universal.user`.
 *
 * 获取客户是否应使用新接口。对于迁移了新bp的客户，使用新接口，没有迁移的，使用老bp接口。不可错乱使用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpAccountIsUniversalUser(
  client: TopClient,
  request: TaobaoUniversalbpAccountIsUniversalUserRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpAccountIsUniversalUserResponse> {
  return client.call<TaobaoUniversalbpAccountIsUniversalUserResponse>(
    {
      method: 'taobao.universalbp.account.is.universal.user',
      responseRoot: 'universalbp_account_is_universal_user_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

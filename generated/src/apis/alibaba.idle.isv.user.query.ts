// Generated from specs/idleisv/alibaba.idle.isv.user.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.user.query` (服务商ISV闲鱼用户信息查询). */
export interface AlibabaIdleIsvUserQueryRequest {}

/** Response of `alibaba.idle.isv.user.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvUserQueryResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleIsvUserQueryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.idle.isv.user.query`. */
export interface AlibabaIdleIsvUserQueryTopResult {
  /** data */
  data?: AlibabaIdleIsvUserQueryIdleUserApiDo;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `IdleUserApiDo` of `alibaba.idle.isv.user.query`. */
export interface AlibabaIdleIsvUserQueryIdleUserApiDo {
  /** 卖家的snsNick（已经废弃，不再返回数据） */
  user_nick?: string;
  /** 用户身份（GENERAL: 普通用户，PRO_PLAYER: 个人经营者） */
  identity?: string;
  /** 具备准入权限的业务类型列表 */
  support_biz_types?: AlibabaIdleIsvUserQuerySupportBizType[];
  /** 加密的卖家userId */
  encryption_seller_id?: string;
  /** 具备准入权限的行业品类列表 */
  support_cat_types?: AlibabaIdleIsvUserQuerySupportCatType[];
  /** 是否是账号独立升级用户，是否有闲鱼独立账号升级标 */
  has_uptag?: boolean;
}

/** `SupportBizType` of `alibaba.idle.isv.user.query`. */
export interface AlibabaIdleIsvUserQuerySupportBizType {
  /** 0 已验货-不入仓，1 已验货-入仓，3 寄卖，4 品牌免检，5 官方自营，7 品牌直营，8 专业认证，9 信誉担保 */
  item_biz_type?: Int64;
}

/** `SupportCatType` of `alibaba.idle.isv.user.query`. */
export interface AlibabaIdleIsvUserQuerySupportCatType {
  /** 1 手机，2 潮品，3 家电，8 乐器，9 数码 */
  sp_biz_type?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      user_nick: 'String',
      identity: 'String',
      support_biz_types: [
        {
          item_biz_type: 'Number',
        },
      ],
      encryption_seller_id: 'String',
      support_cat_types: [
        {
          sp_biz_type: 'String',
        },
      ],
      has_uptag: 'Boolean',
    },
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.user.query`: method, response root, request and response schemas. */
export const alibabaIdleIsvUserQueryOperation = {
  method: 'alibaba.idle.isv.user.query',
  responseRoot: 'alibaba_idle_isv_user_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商ISV闲鱼用户信息查询 — calls TOP method `alibaba.idle.isv.user.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvUserQuery(
  client: TopClient,
  request: AlibabaIdleIsvUserQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvUserQueryResponse> {
  return client.call<AlibabaIdleIsvUserQueryResponse>(
    {
      method: 'alibaba.idle.isv.user.query',
      responseRoot: 'alibaba_idle_isv_user_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alimember/alibaba.member.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.sync` (会员信息同步). */
export interface AlibabaMemberSyncRequest {
  /** 会员同步信息 */
  sync_member: AlibabaMemberSyncSyncMemberDtoInput;
}

/** Response of `alibaba.member.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberSyncResponse {
  /** 返回结果 */
  result?: AlibabaMemberSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncMemberDto` of `alibaba.member.sync`. */
export interface AlibabaMemberSyncSyncMemberDtoInput {
  /** 生日，格式yyyy-mm-dd */
  birthday?: string;
  /** 城市 */
  city?: string;
  /** 性别，F 女，M 男 */
  sex?: string;
  /** 手机号，海外手机格式 1-993333 */
  mobile?: string;
  /** 外部会员ID，识别商家会员的唯一身份标识 */
  outer_member_id: string;
  /** 用户ID */
  user_id?: string;
  /** 版本号 */
  version?: Int64Input;
  /** 对外开放的merchantId */
  open_merchant_id: string;
  /** 等级积分 */
  level_point?: Int64Input;
  /** 用户站点，淘宝 taobao，饿了么 eleme，支付宝 alipay */
  user_site?: string;
  /** 等级 */
  level_num: Int64Input;
  /** 省份 */
  province?: string;
  /** 外部会员卡号 */
  outer_card_no?: string;
  /** 姓名 */
  name?: string;
  /** 消费积分 */
  consume_point: Int64Input;
  /** 邮箱 */
  email?: string;
  /** 授权账号类型，主账号/子账号 */
  uid_type?: string;
}

/** `Result` of `alibaba.member.sync`. */
export interface AlibabaMemberSyncResult {
  /** code，返回码 */
  code?: string;
  /** message，返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  sync_member: {
    birthday: 'String',
    city: 'String',
    sex: 'String',
    mobile: 'String',
    outer_member_id: 'String',
    user_id: 'String',
    version: 'Number',
    open_merchant_id: 'String',
    level_point: 'Number',
    user_site: 'String',
    level_num: 'Number',
    province: 'String',
    outer_card_no: 'String',
    name: 'String',
    consume_point: 'Number',
    email: 'String',
    uid_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.sync`: method, response root, request and response schemas. */
export const alibabaMemberSyncOperation = {
  method: 'alibaba.member.sync',
  responseRoot: 'alibaba_member_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员信息同步 — calls TOP method `alibaba.member.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberSync(
  client: TopClient,
  request: AlibabaMemberSyncRequest,
  options?: CallOptions,
): Promise<AlibabaMemberSyncResponse> {
  return client.call<AlibabaMemberSyncResponse>(
    {
      method: 'alibaba.member.sync',
      responseRoot: 'alibaba_member_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

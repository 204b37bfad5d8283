// Generated from specs/alimember/alibaba.member.identity.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.identity.sync` (会员身份信息同步). */
export interface AlibabaMemberIdentitySyncRequest {
  /** 会员身份同步信息 */
  sync_dto: AlibabaMemberIdentitySyncSyncMemberIdentityDtoInput;
}

/** Response of `alibaba.member.identity.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberIdentitySyncResponse {
  /** 系统自动生成 */
  result?: AlibabaMemberIdentitySyncTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncMemberIdentityDto` of `alibaba.member.identity.sync`. */
export interface AlibabaMemberIdentitySyncSyncMemberIdentityDtoInput {
  /** 时间戳 */
  time_stamp: Int64Input;
  /** 外部会员ID，识别商家会员的唯一身份标识 */
  outer_member_id: string;
  /** 身份模板id */
  identity_template_id: string;
  /** 付费会员时间信息 */
  identity_model: AlibabaMemberIdentitySyncIdentityModelInput;
  /** 对外开放的merchantId */
  open_merchant_id: string;
  /** 签约单据信息 */
  order_model: AlibabaMemberIdentitySyncOrderModelInput;
  /** 同步操作类型 */
  isv_sync_operate_type: string;
  /** 同步类型 */
  sync_type?: string;
  /** 手机号 */
  user_mobile?: string;
}

/** `IdentityModel` of `alibaba.member.identity.sync`. */
export interface AlibabaMemberIdentitySyncIdentityModelInput {
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
}

/** `OrderModel` of `alibaba.member.identity.sync`. */
export interface AlibabaMemberIdentitySyncOrderModelInput {
  /** 签约单据类型 */
  order_type: string;
  /** 签约单据号 */
  order_no: string;
  /** 该单据对应付费会员开始时间 */
  order_identity_end_time: string;
  /** 该单据对应付费会员结束时间 */
  order_identity_start_time: string;
}

/** `TopResult` of `alibaba.member.identity.sync`. */
export interface AlibabaMemberIdentitySyncTopResult {
  /** code，返回码 */
  code?: string;
  /** message，返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  sync_dto: {
    time_stamp: 'Number',
    outer_member_id: 'String',
    identity_template_id: 'String',
    identity_model: {
      start_time: 'String',
      end_time: 'String',
    },
    open_merchant_id: 'String',
    order_model: {
      order_type: 'String',
      order_no: 'String',
      order_identity_end_time: 'String',
      order_identity_start_time: 'String',
    },
    isv_sync_operate_type: 'String',
    sync_type: 'String',
    user_mobile: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.identity.sync`: method, response root, request and response schemas. */
export const alibabaMemberIdentitySyncOperation = {
  method: 'alibaba.member.identity.sync',
  responseRoot: 'alibaba_member_identity_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员身份信息同步 — calls TOP method `alibaba.member.identity.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberIdentitySync(
  client: TopClient,
  request: AlibabaMemberIdentitySyncRequest,
  options?: CallOptions,
): Promise<AlibabaMemberIdentitySyncResponse> {
  return client.call<AlibabaMemberIdentitySyncResponse>(
    {
      method: 'alibaba.member.identity.sync',
      responseRoot: 'alibaba_member_identity_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

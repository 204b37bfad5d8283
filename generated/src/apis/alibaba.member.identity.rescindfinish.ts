// Generated from specs/alimember/alibaba.member.identity.rescindfinish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.identity.rescindfinish` (取消确认). */
export interface AlibabaMemberIdentityRescindfinishRequest {
  /** 取消确认信息 */
  rescind_finish: AlibabaMemberIdentityRescindfinishRescindIdentityFinishRequestInput;
}

/** Response of `alibaba.member.identity.rescindfinish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberIdentityRescindfinishResponse {
  /** 返回结果 */
  result?: AlibabaMemberIdentityRescindfinishTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RescindIdentityFinishRequest` of `alibaba.member.identity.rescindfinish`. */
export interface AlibabaMemberIdentityRescindfinishRescindIdentityFinishRequestInput {
  /** 时间戳 */
  time_stamp: Int64Input;
  /** 付费会员模板id */
  identity_template_id: string;
  /** 外部会员ID，识别商家会员的唯一身份标识 */
  outer_member_id: string;
  /** 处理结果，成功还是失败 */
  send_suc: boolean;
  /** 付费会员时间信息 */
  identity_model: AlibabaMemberIdentityRescindfinishIdentityModelInput;
  /** 对外开放的merchantId */
  open_merchant_id: string;
  /** 签约单据信息 */
  order_model: AlibabaMemberIdentityRescindfinishOrderModelInput;
}

/** `IdentityModel` of `alibaba.member.identity.rescindfinish`. */
export interface AlibabaMemberIdentityRescindfinishIdentityModelInput {
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
}

/** `OrderModel` of `alibaba.member.identity.rescindfinish`. */
export interface AlibabaMemberIdentityRescindfinishOrderModelInput {
  /** 单据类型 */
  order_type: string;
  /** 单据号 */
  order_no: string;
}

/** `TopResult` of `alibaba.member.identity.rescindfinish`. */
export interface AlibabaMemberIdentityRescindfinishTopResult {
  /** code，返回码 */
  code?: string;
  /** message，返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  rescind_finish: {
    time_stamp: 'Number',
    identity_template_id: 'String',
    outer_member_id: 'String',
    send_suc: 'Boolean',
    identity_model: {
      start_time: 'String',
      end_time: 'String',
    },
    open_merchant_id: 'String',
    order_model: {
      order_type: 'String',
      order_no: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.identity.rescindfinish`: method, response root, request and response schemas. */
export const alibabaMemberIdentityRescindfinishOperation = {
  method: 'alibaba.member.identity.rescindfinish',
  responseRoot: 'alibaba_member_identity_rescindfinish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消确认 — calls TOP method `alibaba.member.identity.rescindfinish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberIdentityRescindfinish(
  client: TopClient,
  request: AlibabaMemberIdentityRescindfinishRequest,
  options?: CallOptions,
): Promise<AlibabaMemberIdentityRescindfinishResponse> {
  return client.call<AlibabaMemberIdentityRescindfinishResponse>(
    {
      method: 'alibaba.member.identity.rescindfinish',
      responseRoot: 'alibaba_member_identity_rescindfinish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

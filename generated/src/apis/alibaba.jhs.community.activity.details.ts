// Generated from specs/ju/alibaba.jhs.community.activity.details.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jhs.community.activity.details` (社群活动详情). */
export interface AlibabaJhsCommunityActivityDetailsRequest {
  /** 社群活动id */
  activity_id: Int64Input;
  /** 用户会话登录token */
  token?: string;
}

/** Response of `alibaba.jhs.community.activity.details`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJhsCommunityActivityDetailsResponse {
  /** 数据对象 */
  data?: AlibabaJhsCommunityActivityDetailsData;
  /** 错误信息 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.jhs.community.activity.details`. */
export interface AlibabaJhsCommunityActivityDetailsData {
  /** 开幕时间 */
  opening_time?: string;
  /** 淘口令 */
  tao_token?: string;
  /** 是否已预约 */
  reservation?: string;
  /** 活动id */
  id?: string;
  /** 活动标题 */
  activity_title?: string;
  /** 活动内容 */
  activity_content?: string;
  /** 活动回流地址 */
  activity_back_url?: string;
  /** 渠道外传播标题 */
  spread_title?: string;
  /** 对外传播图片 */
  spread_pic_url?: string;
  /** 活动类型 */
  activity_type?: Int64;
  /** 活动状态 */
  activity_status?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    opening_time: 'String',
    tao_token: 'String',
    reservation: 'String',
    id: 'String',
    activity_title: 'String',
    activity_content: 'String',
    activity_back_url: 'String',
    spread_title: 'String',
    spread_pic_url: 'String',
    activity_type: 'Number',
    activity_status: 'String',
  },
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jhs.community.activity.details`: method, response root, request and response schemas. */
export const alibabaJhsCommunityActivityDetailsOperation = {
  method: 'alibaba.jhs.community.activity.details',
  responseRoot: 'alibaba_jhs_community_activity_details_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 社群活动详情 — calls TOP method `alibaba.jhs.community.activity.details`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJhsCommunityActivityDetails(
  client: TopClient,
  request: AlibabaJhsCommunityActivityDetailsRequest,
  options?: CallOptions,
): Promise<AlibabaJhsCommunityActivityDetailsResponse> {
  return client.call<AlibabaJhsCommunityActivityDetailsResponse>(
    {
      method: 'alibaba.jhs.community.activity.details',
      responseRoot: 'alibaba_jhs_community_activity_details_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/ju/alibaba.jhs.community.activity.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jhs.community.activity.list` (聚划算用增淘外社群服务活动列表). */
export interface AlibabaJhsCommunityActivityListRequest {}

/** Response of `alibaba.jhs.community.activity.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJhsCommunityActivityListResponse {
  /** 返回对象 */
  data?: AlibabaJhsCommunityActivityListCommunityActivityDTO[];
  /** 错误信息 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommunityActivityDTO` of `alibaba.jhs.community.activity.list`. */
export interface AlibabaJhsCommunityActivityListCommunityActivityDTO {
  /** 活动标题 */
  activity_title?: string;
  /** 活动内容 */
  activity_content?: string;
  /** 操作时间 */
  opening_time?: Int64;
  /** 预约时间 */
  reservation_time?: Int64;
  /** 活动id */
  id?: Int64;
  /** 回流地址 */
  activity_back_url?: string;
  /** 标题 */
  spread_title?: string;
  /** 传播图片信息 */
  spread_pic_url?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      activity_title: 'String',
      activity_content: 'String',
      opening_time: 'Number',
      reservation_time: 'Number',
      id: 'Number',
      activity_back_url: 'String',
      spread_title: 'String',
      spread_pic_url: 'String',
    },
  ],
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jhs.community.activity.list`: method, response root, request and response schemas. */
export const alibabaJhsCommunityActivityListOperation = {
  method: 'alibaba.jhs.community.activity.list',
  responseRoot: 'alibaba_jhs_community_activity_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚划算用增淘外社群服务活动列表 — calls TOP method `alibaba.jhs.community.activity.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJhsCommunityActivityList(
  client: TopClient,
  request: AlibabaJhsCommunityActivityListRequest = {},
  options?: CallOptions,
): Promise<AlibabaJhsCommunityActivityListResponse> {
  return client.call<AlibabaJhsCommunityActivityListResponse>(
    {
      method: 'alibaba.jhs.community.activity.list',
      responseRoot: 'alibaba_jhs_community_activity_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

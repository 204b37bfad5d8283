// Generated from specs/ju/alibaba.jhs.community.activity.reservation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jhs.community.activity.reservation` (社群活动预约). */
export interface AlibabaJhsCommunityActivityReservationRequest {
  /** 活动id */
  activity_id: Int64Input;
  /** 会话token */
  token: string;
}

/** Response of `alibaba.jhs.community.activity.reservation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJhsCommunityActivityReservationResponse {
  /** 是否预约成功 */
  data?: boolean;
  /** 错误信息 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jhs.community.activity.reservation`: method, response root, request and response schemas. */
export const alibabaJhsCommunityActivityReservationOperation = {
  method: 'alibaba.jhs.community.activity.reservation',
  responseRoot: 'alibaba_jhs_community_activity_reservation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 社群活动预约 — calls TOP method `alibaba.jhs.community.activity.reservation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJhsCommunityActivityReservation(
  client: TopClient,
  request: AlibabaJhsCommunityActivityReservationRequest,
  options?: CallOptions,
): Promise<AlibabaJhsCommunityActivityReservationResponse> {
  return client.call<AlibabaJhsCommunityActivityReservationResponse>(
    {
      method: 'alibaba.jhs.community.activity.reservation',
      responseRoot: 'alibaba_jhs_community_activity_reservation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/interact/alibaba.interact.activity.pushtoalicom.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.activity.pushtoalicom` (小铺isv推广流量活动到流量聚乐部). */
export interface AlibabaInteractActivityPushtoalicomRequest {
  /** 推送到流量聚乐部的banner图 */
  banner_url?: string;
  /** 推送到流量聚乐部的活动bizid */
  biz_id?: string;
}

/** Response of `alibaba.interact.activity.pushtoalicom`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractActivityPushtoalicomResponse {
  /** 推送成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  banner_url: 'String',
  biz_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.activity.pushtoalicom`: method, response root, request and response schemas. */
export const alibabaInteractActivityPushtoalicomOperation = {
  method: 'alibaba.interact.activity.pushtoalicom',
  responseRoot: 'alibaba_interact_activity_pushtoalicom_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小铺isv推广流量活动到流量聚乐部 — calls TOP method `alibaba.interact.activity.pushtoalicom`.
 *
 * 涉及到流量包的小铺isv，将活动推送到流量聚乐部
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractActivityPushtoalicom(
  client: TopClient,
  request: AlibabaInteractActivityPushtoalicomRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractActivityPushtoalicomResponse> {
  return client.call<AlibabaInteractActivityPushtoalicomResponse>(
    {
      method: 'alibaba.interact.activity.pushtoalicom',
      responseRoot: 'alibaba_interact_activity_pushtoalicom_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealthmdeer/alibaba.alihealth.mdeer.science.deletearticle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.mdeer.science.deletearticle` (文章删除). */
export interface AlibabaAlihealthMdeerScienceDeletearticleRequest {
  /** 文章ID */
  article_id: Int64Input;
}

/** Response of `alibaba.alihealth.mdeer.science.deletearticle`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMdeerScienceDeletearticleResponse {
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
  /** 是否删除成功 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  article_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.mdeer.science.deletearticle`: method, response root, request and response schemas. */
export const alibabaAlihealthMdeerScienceDeletearticleOperation = {
  method: 'alibaba.alihealth.mdeer.science.deletearticle',
  responseRoot: 'alibaba_alihealth_mdeer_science_deletearticle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 文章删除 — calls TOP method `alibaba.alihealth.mdeer.science.deletearticle`.
 *
 * 三方同步文章删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMdeerScienceDeletearticle(
  client: TopClient,
  request: AlibabaAlihealthMdeerScienceDeletearticleRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMdeerScienceDeletearticleResponse> {
  return client.call<AlibabaAlihealthMdeerScienceDeletearticleResponse>(
    {
      method: 'alibaba.alihealth.mdeer.science.deletearticle',
      responseRoot: 'alibaba_alihealth_mdeer_science_deletearticle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

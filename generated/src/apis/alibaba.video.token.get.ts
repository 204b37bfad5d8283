// Generated from specs/media/alibaba.video.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.video.token.get` (获取上传token). */
export interface AlibabaVideoTokenGetRequest {
  /** 上传大小限制(单位：字节)，最大不超过2G */
  size_limit: Int64Input;
  /** token超时时间，毫秒，比如1ms超时，参数就填1 */
  expiration: Int64Input;
  /** 上传文件类型限制，可空，有默认文件类型 */
  mime_limit?: string;
}

/** Response of `alibaba.video.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaVideoTokenGetResponse {
  /** 上传token */
  upload_token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  size_limit: 'Number',
  expiration: 'Number',
  mime_limit: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  upload_token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.video.token.get`: method, response root, request and response schemas. */
export const alibabaVideoTokenGetOperation = {
  method: 'alibaba.video.token.get',
  responseRoot: 'alibaba_video_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取上传token — calls TOP method `alibaba.video.token.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaVideoTokenGet(
  client: TopClient,
  request: AlibabaVideoTokenGetRequest,
  options?: CallOptions,
): Promise<AlibabaVideoTokenGetResponse> {
  return client.call<AlibabaVideoTokenGetResponse>(
    {
      method: 'alibaba.video.token.get',
      responseRoot: 'alibaba_video_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/media/taobao.picture.isreferenced.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.isreferenced.get` (图片是否被引用). */
export interface TaobaoPictureIsreferencedGetRequest {
  /** 图片id */
  picture_id: Int64Input;
}

/** Response of `taobao.picture.isreferenced.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureIsreferencedGetResponse {
  /** 图片是否被引用 */
  is_referenced?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  picture_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_referenced: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.isreferenced.get`: method, response root, request and response schemas. */
export const taobaoPictureIsreferencedGetOperation = {
  method: 'taobao.picture.isreferenced.get',
  responseRoot: 'picture_isreferenced_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片是否被引用 — calls TOP method `taobao.picture.isreferenced.get`.
 *
 * 查询图片是否被引用，被引用返回true，未被引用返回false
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureIsreferencedGet(
  client: TopClient,
  request: TaobaoPictureIsreferencedGetRequest,
  options?: CallOptions,
): Promise<TaobaoPictureIsreferencedGetResponse> {
  return client.call<TaobaoPictureIsreferencedGetResponse>(
    {
      method: 'taobao.picture.isreferenced.get',
      responseRoot: 'picture_isreferenced_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

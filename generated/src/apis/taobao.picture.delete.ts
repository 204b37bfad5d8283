// Generated from specs/media/taobao.picture.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.delete` (删除图片空间图片). */
export interface TaobaoPictureDeleteRequest {
  /**
   * 图片ID字符串,可以一个也可以一组,用英文逗号间隔,如450,120,155.限制数量是100
   *
   * Max list size: 100
   */
  picture_ids: string[];
}

/** Response of `taobao.picture.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureDeleteResponse {
  /** 是否删除 */
  success?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  picture_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.delete`: method, response root, request and response schemas. */
export const taobaoPictureDeleteOperation = {
  method: 'taobao.picture.delete',
  responseRoot: 'picture_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除图片空间图片 — calls TOP method `taobao.picture.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureDelete(
  client: TopClient,
  request: TaobaoPictureDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPictureDeleteResponse> {
  return client.call<TaobaoPictureDeleteResponse>(
    {
      method: 'taobao.picture.delete',
      responseRoot: 'picture_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

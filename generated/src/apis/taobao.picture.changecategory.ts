// Generated from specs/media/taobao.picture.changecategory.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.changecategory` (修改图片的分类). */
export interface TaobaoPictureChangecategoryRequest {
  /**
   * 要移动的图片的id
   *
   * Max list size: 1000
   */
  picture_ids: string[];
  /** 目标分类的id */
  picture_category_id: Int64Input;
}

/** Response of `taobao.picture.changecategory`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureChangecategoryResponse {
  /** 移动图片是否成功：部分移动成功为true，全部移动失败为false。 */
  done?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  picture_ids: ['String'],
  picture_category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  done: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.changecategory`: method, response root, request and response schemas. */
export const taobaoPictureChangecategoryOperation = {
  method: 'taobao.picture.changecategory',
  responseRoot: 'picture_changecategory_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改图片的分类 — calls TOP method `taobao.picture.changecategory`.
 *
 * 把批量的图片移动到某个分类下
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureChangecategory(
  client: TopClient,
  request: TaobaoPictureChangecategoryRequest,
  options?: CallOptions,
): Promise<TaobaoPictureChangecategoryResponse> {
  return client.call<TaobaoPictureChangecategoryResponse>(
    {
      method: 'taobao.picture.changecategory',
      responseRoot: 'picture_changecategory_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

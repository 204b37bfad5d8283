// Generated from specs/media/taobao.picture.category.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.category.update` (更新图片分类). */
export interface TaobaoPictureCategoryUpdateRequest {
  /** 要更新的图片分类的id */
  category_id: Int64Input;
  /**
   * 图片分类的新名字，最大长度20字符，不能为空
   *
   * Max length: 20
   */
  category_name?: string;
  /** 图片分类的新父分类id */
  parent_id?: Int64Input;
}

/** Response of `taobao.picture.category.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureCategoryUpdateResponse {
  /** 更新图片分类是否成功 */
  done?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  category_name: 'String',
  parent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  done: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.category.update`: method, response root, request and response schemas. */
export const taobaoPictureCategoryUpdateOperation = {
  method: 'taobao.picture.category.update',
  responseRoot: 'picture_category_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新图片分类 — calls TOP method `taobao.picture.category.update`.
 *
 * 更新图片分类的名字，或者更新图片分类的父分类（即分类移动）。只能移动2级分类到非2级分类，默认分类和1级分类不可移动。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureCategoryUpdate(
  client: TopClient,
  request: TaobaoPictureCategoryUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPictureCategoryUpdateResponse> {
  return client.call<TaobaoPictureCategoryUpdateResponse>(
    {
      method: 'taobao.picture.category.update',
      responseRoot: 'picture_category_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

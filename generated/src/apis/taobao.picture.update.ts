// Generated from specs/media/taobao.picture.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.update` (修改图片名字). */
export interface TaobaoPictureUpdateRequest {
  /** 要更改名字的图片的id */
  picture_id: Int64Input;
  /**
   * 新的图片名，最大长度50字符，不能为空
   *
   * Max length: 50
   */
  new_name: string;
}

/** Response of `taobao.picture.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureUpdateResponse {
  /** 更新是否成功 */
  done?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  picture_id: 'Number',
  new_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  done: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.update`: method, response root, request and response schemas. */
export const taobaoPictureUpdateOperation = {
  method: 'taobao.picture.update',
  responseRoot: 'picture_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改图片名字 — calls TOP method `taobao.picture.update`.
 *
 * 修改指定图片的图片名
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureUpdate(
  client: TopClient,
  request: TaobaoPictureUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPictureUpdateResponse> {
  return client.call<TaobaoPictureUpdateResponse>(
    {
      method: 'taobao.picture.update',
      responseRoot: 'picture_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

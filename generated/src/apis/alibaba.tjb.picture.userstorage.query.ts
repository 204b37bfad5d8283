// Generated from specs/media/alibaba.tjb.picture.userstorage.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tjb.picture.userstorage.query` (淘特图片空间用户容量查询). */
export interface AlibabaTjbPictureUserstorageQueryRequest {}

/** Response of `alibaba.tjb.picture.userstorage.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTjbPictureUserstorageQueryResponse {
  /** 用户容量信息 */
  user_storage?: AlibabaTjbPictureUserstorageQueryTopUserStorageDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopUserStorageDTO` of `alibaba.tjb.picture.userstorage.query`. */
export interface AlibabaTjbPictureUserstorageQueryTopUserStorageDTO {
  /** 已使用的容量，单位字节 */
  used_quota?: Int64;
  /** 总容量，单位字节 */
  total_quota?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user_storage: {
    used_quota: 'Number',
    total_quota: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tjb.picture.userstorage.query`: method, response root, request and response schemas. */
export const alibabaTjbPictureUserstorageQueryOperation = {
  method: 'alibaba.tjb.picture.userstorage.query',
  responseRoot: 'alibaba_tjb_picture_userstorage_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘特图片空间用户容量查询 — calls TOP method `alibaba.tjb.picture.userstorage.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTjbPictureUserstorageQuery(
  client: TopClient,
  request: AlibabaTjbPictureUserstorageQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaTjbPictureUserstorageQueryResponse> {
  return client.call<AlibabaTjbPictureUserstorageQueryResponse>(
    {
      method: 'alibaba.tjb.picture.userstorage.query',
      responseRoot: 'alibaba_tjb_picture_userstorage_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

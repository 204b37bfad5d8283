// Generated from specs/miniapp/taobao.miniapp.cloud.store.relation.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.cloud.store.relation.add` (云存储添加). */
export interface TaobaoMiniappCloudStoreRelationAddRequest {
  /** 环境 test/online */
  env: string;
  /** 文件类型 image/audio/video/font/other */
  file_type: string;
  /** 上传平台返回的文件唯一ID */
  special_id: string;
  /** 上传平台返回的文件url，部分文件类型无固定url，非必填 */
  url?: string;
  /** 文件路径 */
  cloud_path: string;
}

/** Response of `taobao.miniapp.cloud.store.relation.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappCloudStoreRelationAddResponse {
  /** 文件真实url */
  url?: string;
  /** 云存储文件唯一ID */
  file_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  env: 'String',
  file_type: 'String',
  special_id: 'String',
  url: 'String',
  cloud_path: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
  file_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.cloud.store.relation.add`: method, response root, request and response schemas. */
export const taobaoMiniappCloudStoreRelationAddOperation = {
  method: 'taobao.miniapp.cloud.store.relation.add',
  responseRoot: 'miniapp_cloud_store_relation_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云存储添加 — calls TOP method `taobao.miniapp.cloud.store.relation.add`.
 *
 * 用于用户上传文件之后回写云存储的关联关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappCloudStoreRelationAdd(
  client: TopClient,
  request: TaobaoMiniappCloudStoreRelationAddRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappCloudStoreRelationAddResponse> {
  return client.call<TaobaoMiniappCloudStoreRelationAddResponse>(
    {
      method: 'taobao.miniapp.cloud.store.relation.add',
      responseRoot: 'miniapp_cloud_store_relation_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/miniappcloud/taobao.miniapp.cloud.mongo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.cloud.mongo.update` (更新MongoDB中的数据). */
export interface TaobaoMiniappCloudMongoUpdateRequest {
  /** 更新条件 */
  filter: string | Record<string, unknown>;
  /** MongoDB表名 */
  collection: string;
  /** 待写入的数据 */
  record: string | Record<string, unknown>;
  /** 要操作的环境，默认是测试环境 */
  env?: string;
}

/** Response of `taobao.miniapp.cloud.mongo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappCloudMongoUpdateResponse {
  /** 更新的记录数 */
  total?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  filter: 'Json',
  collection: 'String',
  record: 'Json',
  env: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.cloud.mongo.update`: method, response root, request and response schemas. */
export const taobaoMiniappCloudMongoUpdateOperation = {
  method: 'taobao.miniapp.cloud.mongo.update',
  responseRoot: 'miniapp_cloud_mongo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新MongoDB中的数据 — calls TOP method `taobao.miniapp.cloud.mongo.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappCloudMongoUpdate(
  client: TopClient,
  request: TaobaoMiniappCloudMongoUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappCloudMongoUpdateResponse> {
  return client.call<TaobaoMiniappCloudMongoUpdateResponse>(
    {
      method: 'taobao.miniapp.cloud.mongo.update',
      responseRoot: 'miniapp_cloud_mongo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

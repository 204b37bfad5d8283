// Generated from specs/jst/taobao.rds.db.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rds.db.delete` (RDS数据库删除). */
export interface TaobaoRdsDbDeleteRequest {
  /**
   * rds的实例名
   *
   * Max length: 30
   */
  instance_name: string;
  /** 数据库的name，可以通过 taobao.rds.db.get 获取 */
  db_name: string;
}

/** Response of `taobao.rds.db.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdsDbDeleteResponse {
  /** 删除数据库，返回结果对象 */
  rds_db_info?: TaobaoRdsDbDeleteRdsDbInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RdsDbInfo` of `taobao.rds.db.delete`. */
export interface TaobaoRdsDbDeleteRdsDbInfo {
  /** 数据库状态 0：创建中 ；1：激活；3：正在删除 */
  db_status?: string;
  /** rds实例id */
  instance_id?: string;
  /** 数据库名称 */
  db_name?: string;
  /** 用户id */
  uid?: string;
}

const REQUEST_SCHEMA = {
  instance_name: 'String',
  db_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rds_db_info: {
    db_status: 'String',
    instance_id: 'String',
    db_name: 'String',
    uid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rds.db.delete`: method, response root, request and response schemas. */
export const taobaoRdsDbDeleteOperation = {
  method: 'taobao.rds.db.delete',
  responseRoot: 'rds_db_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * RDS数据库删除 — calls TOP method `taobao.rds.db.delete`.
 *
 * 通过api删除用户RDS的数据库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdsDbDelete(
  client: TopClient,
  request: TaobaoRdsDbDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoRdsDbDeleteResponse> {
  return client.call<TaobaoRdsDbDeleteResponse>(
    {
      method: 'taobao.rds.db.delete',
      responseRoot: 'rds_db_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

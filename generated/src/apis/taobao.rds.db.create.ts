// Generated from specs/jst/taobao.rds.db.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rds.db.create` (rds创建数据库). */
export interface TaobaoRdsDbCreateRequest {
  /**
   * rds的实例名
   *
   * Max length: 30
   */
  instance_name: string;
  /**
   * 数据库名
   *
   * Max length: 64
   */
  db_name: string;
  /**
   * 已存在账号名
   *
   * Max length: 13
   */
  account_name?: string;
}

/** Response of `taobao.rds.db.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdsDbCreateResponse {
  /** rds创建、查询、删除db返回结果的数据结构 */
  rds_db_info?: TaobaoRdsDbCreateRdsDbInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RdsDbInfo` of `taobao.rds.db.create`. */
export interface TaobaoRdsDbCreateRdsDbInfo {
  /** 最大帐号数，1个数据库最多可以创建的账户数目 */
  max_account?: string;
  /** 数据库登录密码 */
  password?: string;
  /** 数据库状态 0：创建中 ；1：激活；3：正在删除 */
  db_status?: string;
  /** 数据库编码 */
  charset?: string;
  /** rds实例id */
  instance_id?: string;
  /** 登录数据库的帐号 */
  user_name?: string;
  /** 数据库名称 */
  db_name?: string;
}

const REQUEST_SCHEMA = {
  instance_name: 'String',
  db_name: 'String',
  account_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rds_db_info: {
    max_account: 'String',
    password: 'String',
    db_status: 'String',
    charset: 'String',
    instance_id: 'String',
    user_name: 'String',
    db_name: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rds.db.create`: method, response root, request and response schemas. */
export const taobaoRdsDbCreateOperation = {
  method: 'taobao.rds.db.create',
  responseRoot: 'rds_db_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rds创建数据库 — calls TOP method `taobao.rds.db.create`.
 *
 * 在rds实例里创建数据库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdsDbCreate(
  client: TopClient,
  request: TaobaoRdsDbCreateRequest,
  options?: CallOptions,
): Promise<TaobaoRdsDbCreateResponse> {
  return client.call<TaobaoRdsDbCreateResponse>(
    {
      method: 'taobao.rds.db.create',
      responseRoot: 'rds_db_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

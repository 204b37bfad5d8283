// Generated from specs/jst/taobao.rds.db.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rds.db.get` (查询rds下的数据库). */
export interface TaobaoRdsDbGetRequest {
  /**
   * rds的实例名
   *
   * Max length: 30
   */
  instance_name: string;
  /**
   * 数据库状态，默认值1
   *
   * Max length: 1
   * Min value: 0
   * Max value: 3
   */
  db_status?: Int64Input;
}

/** Response of `taobao.rds.db.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdsDbGetResponse {
  /** 数据库查询返回数据结构 */
  rds_db_infos?: TaobaoRdsDbGetRdsDbInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RdsDbInfo` of `taobao.rds.db.get`. */
export interface TaobaoRdsDbGetRdsDbInfo {
  /** 最大帐号数，1个数据库最多可以创建的账户数目 */
  max_account?: string;
  /** 数据库状态 0：创建中 ；1：激活；3：正在删除 */
  db_status?: string;
  /** 数据库编码 */
  charset?: string;
  /** 数据库名称 */
  db_name?: string;
  /** rds实例名 */
  instance_name?: string;
  /** rds实例类型,s:共享型，x:专享型 */
  instance_type?: string;
  /** 数据库类型，mysql或者mssql */
  db_type?: string;
  /** 备注 */
  comment?: string;
}

const REQUEST_SCHEMA = {
  instance_name: 'String',
  db_status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rds_db_infos: [
    {
      max_account: 'String',
      db_status: 'String',
      charset: 'String',
      db_name: 'String',
      instance_name: 'String',
      instance_type: 'String',
      db_type: 'String',
      comment: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.rds.db.get`: method, response root, request and response schemas. */
export const taobaoRdsDbGetOperation = {
  method: 'taobao.rds.db.get',
  responseRoot: 'rds_db_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询rds下的数据库 — calls TOP method `taobao.rds.db.get`.
 *
 * 查询rds实例下的数据库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdsDbGet(
  client: TopClient,
  request: TaobaoRdsDbGetRequest,
  options?: CallOptions,
): Promise<TaobaoRdsDbGetResponse> {
  return client.call<TaobaoRdsDbGetResponse>(
    {
      method: 'taobao.rds.db.get',
      responseRoot: 'rds_db_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/jst/taobao.rds.db.createaccount.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rds.db.createaccount` (rds创建数据库账户). */
export interface TaobaoRdsDbCreateaccountRequest {
  /** 入参对象 */
  param0?: TaobaoRdsDbCreateaccountRequestDbAccountModelInput;
}

/** Response of `taobao.rds.db.createaccount`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdsDbCreateaccountResponse {
  /** result */
  result?: TaobaoRdsDbCreateaccountResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RequestDbAccountModel` of `taobao.rds.db.createaccount`. */
export interface TaobaoRdsDbCreateaccountRequestDbAccountModelInput {
  /** 账户描述 */
  account_desc?: string;
  /** 账户名称 */
  account_name?: string;
  /** 新建db名称 */
  db_name?: string;
  /** rds实例名称 */
  instance_name?: string;
  /** 账户密码 */
  password?: string;
}

/** `ResultSet` of `taobao.rds.db.createaccount`. */
export interface TaobaoRdsDbCreateaccountResultSet {
  /** results */
  results?: string[];
  /** totalResults */
  total_results?: Int64;
  /** exception */
  exception?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    account_desc: 'String',
    account_name: 'String',
    db_name: 'String',
    instance_name: 'String',
    password: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: ['String'],
    total_results: 'Number',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rds.db.createaccount`: method, response root, request and response schemas. */
export const taobaoRdsDbCreateaccountOperation = {
  method: 'taobao.rds.db.createaccount',
  responseRoot: 'rds_db_createaccount_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rds创建数据库账户 — calls TOP method `taobao.rds.db.createaccount`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdsDbCreateaccount(
  client: TopClient,
  request: TaobaoRdsDbCreateaccountRequest = {},
  options?: CallOptions,
): Promise<TaobaoRdsDbCreateaccountResponse> {
  return client.call<TaobaoRdsDbCreateaccountResponse>(
    {
      method: 'taobao.rds.db.createaccount',
      responseRoot: 'rds_db_createaccount_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.adgroup.mobilediscount.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroup.mobilediscount.delete` (批量删除adgroup的移动溢价). */
export interface TaobaoSimbaAdgroupMobilediscountDeleteRequest {
  /** 昵称 */
  nick?: string;
  /**
   * adgroup主键数组（批量最多支持200个）
   *
   * Max list size: 200
   */
  adgroup_ids: string[];
}

/** Response of `taobao.simba.adgroup.mobilediscount.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupMobilediscountDeleteResponse {
  /** 返回成功个数 */
  result?: Int64;
  /** 返回码 */
  key?: string;
  /** 返回信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
  key: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroup.mobilediscount.delete`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupMobilediscountDeleteOperation = {
  method: 'taobao.simba.adgroup.mobilediscount.delete',
  responseRoot: 'simba_adgroup_mobilediscount_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除adgroup的移动溢价 — calls TOP method `taobao.simba.adgroup.mobilediscount.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupMobilediscountDelete(
  client: TopClient,
  request: TaobaoSimbaAdgroupMobilediscountDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupMobilediscountDeleteResponse> {
  return client.call<TaobaoSimbaAdgroupMobilediscountDeleteResponse>(
    {
      method: 'taobao.simba.adgroup.mobilediscount.delete',
      responseRoot: 'simba_adgroup_mobilediscount_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.adgroup.mobilediscount.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroup.mobilediscount.update` (对推广组进行单独移动溢价). */
export interface TaobaoSimbaAdgroupMobilediscountUpdateRequest {
  /**
   * 推广组id数组(推广组id集合元素个数在1-200个之间，推广组id需要在同一个推广计划中)
   *
   * Max list size: 200
   */
  adgroup_ids: string[];
  /** 折扣（折扣值在1-400之间） */
  mobile_discount: Int64Input;
  /** 昵称 */
  nick?: string;
}

/** Response of `taobao.simba.adgroup.mobilediscount.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupMobilediscountUpdateResponse {
  /** 更新成功的个数 */
  result?: Int64;
  /** 返回信息 */
  message?: string;
  /** 错误码 */
  key?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  adgroup_ids: ['String'],
  mobile_discount: 'Number',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
  message: 'String',
  key: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroup.mobilediscount.update`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupMobilediscountUpdateOperation = {
  method: 'taobao.simba.adgroup.mobilediscount.update',
  responseRoot: 'simba_adgroup_mobilediscount_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对推广组进行单独移动溢价 — calls TOP method `taobao.simba.adgroup.mobilediscount.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupMobilediscountUpdate(
  client: TopClient,
  request: TaobaoSimbaAdgroupMobilediscountUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupMobilediscountUpdateResponse> {
  return client.call<TaobaoSimbaAdgroupMobilediscountUpdateResponse>(
    {
      method: 'taobao.simba.adgroup.mobilediscount.update',
      responseRoot: 'simba_adgroup_mobilediscount_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.adgroupids.changed.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroupids.changed.get` (获取修改的推广组ID). */
export interface TaobaoSimbaAdgroupidsChangedGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 得到此时间点之后的数据，不能大于一个月 */
  start_time: DateInput;
  /** 返回的每页数据量大小,默认200最大1000 */
  page_size?: Int64Input;
  /** 返回的第几页数据，默认为1 */
  page_no?: Int64Input;
}

/** Response of `taobao.simba.adgroupids.changed.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupidsChangedGetResponse {
  /** 推广组ID列表 */
  changed_adgroupids?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  start_time: 'Date',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  changed_adgroupids: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroupids.changed.get`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupidsChangedGetOperation = {
  method: 'taobao.simba.adgroupids.changed.get',
  responseRoot: 'simba_adgroupids_changed_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取修改的推广组ID — calls TOP method `taobao.simba.adgroupids.changed.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupidsChangedGet(
  client: TopClient,
  request: TaobaoSimbaAdgroupidsChangedGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupidsChangedGetResponse> {
  return client.call<TaobaoSimbaAdgroupidsChangedGetResponse>(
    {
      method: 'taobao.simba.adgroupids.changed.get',
      responseRoot: 'simba_adgroupids_changed_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

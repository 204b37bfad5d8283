// Generated from specs/simba/taobao.simba.serchcrowd.batch.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.serchcrowd.batch.delete` (单品搜索人群批量取消溢价). */
export interface TaobaoSimbaSerchcrowdBatchDeleteRequest {
  /** 子帐号nick */
  sub_nick?: string;
  /** 被操作者的淘宝昵称 */
  nick: string;
  /**
   * 需要删除的人群id
   *
   * Max list size: 200
   */
  adgroup_crowd_ids: string[];
}

/** Response of `taobao.simba.serchcrowd.batch.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSerchcrowdBatchDeleteResponse {
  /** result */
  delete_list?: (string | Record<string, unknown>)[];
  /** errorDTOList */
  error_d_t_o_list?: (string | Record<string, unknown>)[];
  /** key */
  key?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sub_nick: 'String',
  nick: 'String',
  adgroup_crowd_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delete_list: ['Json'],
  error_d_t_o_list: ['Json'],
  key: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.serchcrowd.batch.delete`: method, response root, request and response schemas. */
export const taobaoSimbaSerchcrowdBatchDeleteOperation = {
  method: 'taobao.simba.serchcrowd.batch.delete',
  responseRoot: 'simba_serchcrowd_batch_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单品搜索人群批量取消溢价 — calls TOP method `taobao.simba.serchcrowd.batch.delete`.
 *
 * 删除单品搜索人群溢价功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSerchcrowdBatchDelete(
  client: TopClient,
  request: TaobaoSimbaSerchcrowdBatchDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSerchcrowdBatchDeleteResponse> {
  return client.call<TaobaoSimbaSerchcrowdBatchDeleteResponse>(
    {
      method: 'taobao.simba.serchcrowd.batch.delete',
      responseRoot: 'simba_serchcrowd_batch_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/promotion/taobao.ump.detail.list.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.detail.list.add` (营销详情添加). */
export interface TaobaoUmpDetailListAddRequest {
  /** 营销活动id。 */
  act_id: Int64Input;
  /** 营销详情的列表。此列表由detail的json字符串组成。最多插入为10个。 */
  details: string;
}

/** Response of `taobao.ump.detail.list.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailListAddResponse {
  /** 返回对应的营销详情的id列表！若有某一条插入失败，会将插入成功的detail_id放到errorMessage里面返回，此时errorMessage里面会包含格式为(id1,id2,id3)的插入成功id列表。这些ids会对交易产生影响，通过截取此信息，将对应detail删除！ */
  detail_id_list?: Int64[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
  details: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail_id_list: ['Number'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.detail.list.add`: method, response root, request and response schemas. */
export const taobaoUmpDetailListAddOperation = {
  method: 'taobao.ump.detail.list.add',
  responseRoot: 'ump_detail_list_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销详情添加 — calls TOP method `taobao.ump.detail.list.add`.
 *
 * 批量添加营销活动。替代单条添加营销详情的的API。此接口适用针对某个营销活动的多档设置，会按顺序插入detail。若在整个事务过程中出现断点，会将已插入完成的detail_id返回，注意记录这些id，并将其删除，会对交易过程中的优惠产生影响。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailListAdd(
  client: TopClient,
  request: TaobaoUmpDetailListAddRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailListAddResponse> {
  return client.call<TaobaoUmpDetailListAddResponse>(
    {
      method: 'taobao.ump.detail.list.add',
      responseRoot: 'ump_detail_list_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

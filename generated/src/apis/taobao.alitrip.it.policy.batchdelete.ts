// Generated from specs/itpolicy/taobao.alitrip.it.policy.batchdelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.policy.batchdelete` (【国际机票销售规则】批量删除). */
export interface TaobaoAlitripItPolicyBatchdeleteRequest {
  /** 航司二字码，完整匹配 */
  airline?: string;
  /** 到达，，完整匹配 */
  arr_city?: string;
  /** 舱位，，完整匹配 */
  cabin?: string;
  /** 出发，，完整匹配 */
  dep_city?: string;
  /** 产品id，，完整匹配 */
  policy_id?: string;
  /**
   * 0：未发布 1：已发布 2：已过期。不传的话，默认只能删除未发布和已过期的数据
   *
   * Max list size: 20
   */
  status_list?: string[];
}

/** Response of `taobao.alitrip.it.policy.batchdelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItPolicyBatchdeleteResponse {
  /** 扩展字段 */
  extend_attributes?: string;
  /** 任务id */
  task_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  airline: 'String',
  arr_city: 'String',
  cabin: 'String',
  dep_city: 'String',
  policy_id: 'String',
  status_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
  task_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.policy.batchdelete`: method, response root, request and response schemas. */
export const taobaoAlitripItPolicyBatchdeleteOperation = {
  method: 'taobao.alitrip.it.policy.batchdelete',
  responseRoot: 'alitrip_it_policy_batchdelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票销售规则】批量删除 — calls TOP method `taobao.alitrip.it.policy.batchdelete`.
 *
 * 批量删除销售规则，单次删除最大5万，大于5万时候提示失败，需要缩小删除条件。此接口同步返回任务id，异步执行操作。每个接入方最多同时只能有10个处理中的任务，超过后直接返回失败。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItPolicyBatchdelete(
  client: TopClient,
  request: TaobaoAlitripItPolicyBatchdeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItPolicyBatchdeleteResponse> {
  return client.call<TaobaoAlitripItPolicyBatchdeleteResponse>(
    {
      method: 'taobao.alitrip.it.policy.batchdelete',
      responseRoot: 'alitrip_it_policy_batchdelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

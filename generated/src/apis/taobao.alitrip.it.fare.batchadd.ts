// Generated from specs/itpolicy/taobao.alitrip.it.fare.batchadd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.batchadd` (【国际机票自有政策】批量添加). */
export interface TaobaoAlitripItFareBatchaddRequest {
  /** 新增类型，1 自有政策单程 2 自有政策往返 3 销售规则 */
  addType: Int64Input;
  /** 文本zip压缩后的数据字节流 */
  bytes: TopFile;
  /** 数据格式类型，1 淘宝 2 携程 */
  dataType: Int64Input;
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
}

/** Response of `taobao.alitrip.it.fare.batchadd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareBatchaddResponse {
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** 任务id，可以根据任务id调用querytask查询执行结果 */
  tesk_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  addType: 'Number',
  bytes: 'byte[]',
  dataType: 'Number',
  extendAttributes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
  tesk_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.batchadd`: method, response root, request and response schemas. */
export const taobaoAlitripItFareBatchaddOperation = {
  method: 'taobao.alitrip.it.fare.batchadd',
  responseRoot: 'alitrip_it_fare_batchadd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】批量添加 — calls TOP method `taobao.alitrip.it.fare.batchadd`.
 *
 * 支持自有政策和销售规则批量添加，支持携程的数据格式。淘宝格式为list [object] to json string，object的属性和单条接口一致。每个接入方最多同时只能有1个处理中的导入任务，超过后直接返回失败。文件一定要zip压缩，压缩后大小不超过5M，编码格式utf-8
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareBatchadd(
  client: TopClient,
  request: TaobaoAlitripItFareBatchaddRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripItFareBatchaddResponse> {
  return client.call<TaobaoAlitripItFareBatchaddResponse>(
    {
      method: 'taobao.alitrip.it.fare.batchadd',
      responseRoot: 'alitrip_it_fare_batchadd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/itpolicy/taobao.alitrip.it.fare.querytask.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.querytask` (【国际机票自有政策】批量操作结果查询). */
export interface TaobaoAlitripItFareQuerytaskRequest {
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
  /** 任务id */
  taskId: Int64Input;
}

/** Response of `taobao.alitrip.it.fare.querytask`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareQuerytaskResponse {
  /** 任务执行失败，会返回一条失败信息。如果是导入任务，会返回每条导入失败的政策说明，最多只返回200条失败信息。 */
  errors?: TaobaoAlitripItFareQuerytaskErrorFareRow[];
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** 完成时间 */
  gmt_finished?: string;
  /** 成功处理条数 */
  process_amount?: Int64;
  /** 任务状态，1 处理中，2 处理失败，3 处理完毕 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ErrorFareRow` of `taobao.alitrip.it.fare.querytask`. */
export interface TaobaoAlitripItFareQuerytaskErrorFareRow {
  /** 错误描述 */
  error_msg?: string;
  /** 错误行数 */
  row_num?: Int64;
}

const REQUEST_SCHEMA = {
  extendAttributes: 'String',
  taskId: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errors: [
    {
      error_msg: 'String',
      row_num: 'Number',
    },
  ],
  extend_attributes: 'String',
  gmt_finished: 'Date',
  process_amount: 'Number',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.querytask`: method, response root, request and response schemas. */
export const taobaoAlitripItFareQuerytaskOperation = {
  method: 'taobao.alitrip.it.fare.querytask',
  responseRoot: 'alitrip_it_fare_querytask_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】批量操作结果查询 — calls TOP method `taobao.alitrip.it.fare.querytask`.
 *
 * 批量操作同步返回任务id，后台生成异步任务，通过此接口查询批量操作的执行结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareQuerytask(
  client: TopClient,
  request: TaobaoAlitripItFareQuerytaskRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripItFareQuerytaskResponse> {
  return client.call<TaobaoAlitripItFareQuerytaskResponse>(
    {
      method: 'taobao.alitrip.it.fare.querytask',
      responseRoot: 'alitrip_it_fare_querytask_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

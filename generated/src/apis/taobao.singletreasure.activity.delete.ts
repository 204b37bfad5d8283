// Generated from specs/singletreasure/taobao.singletreasure.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.delete` (删除活动接口). */
export interface TaobaoSingletreasureActivityDeleteRequest {
  /** 活动Id */
  activity_id: Int64Input;
}

/** Response of `taobao.singletreasure.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityDeleteResponse {
  /** 错误信息 */
  message?: string;
  /** 删除是否成功 boolean值 */
  data?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 系统执行是否成功 */
  result_status?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  data: 'Boolean',
  result_code: 'Number',
  result_status: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.delete`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityDeleteOperation = {
  method: 'taobao.singletreasure.activity.delete',
  responseRoot: 'singletreasure_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除活动接口 — calls TOP method `taobao.singletreasure.activity.delete`.
 *
 * 删除优惠活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityDelete(
  client: TopClient,
  request: TaobaoSingletreasureActivityDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityDeleteResponse> {
  return client.call<TaobaoSingletreasureActivityDeleteResponse>(
    {
      method: 'taobao.singletreasure.activity.delete',
      responseRoot: 'singletreasure_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

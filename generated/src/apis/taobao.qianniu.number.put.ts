// Generated from specs/qianniu/taobao.qianniu.number.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.number.put` (ISV上传数据接口). */
export interface TaobaoQianniuNumberPutRequest {
  /**
   * 考虑到稳定性，建议一次卖家最多为200个。
   * 标准json格式的数组构成的字符串。每个元素为{user_id:****,field:"****",value:"****"}分别是用户的userid，数据的名称，以及数据的值。
   */
  data: string;
}

/** Response of `taobao.qianniu.number.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuNumberPutResponse {
  /** 是否上传成功。返回的是个json串，分别表示每条记录是否成功。 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.number.put`: method, response root, request and response schemas. */
export const taobaoQianniuNumberPutOperation = {
  method: 'taobao.qianniu.number.put',
  responseRoot: 'qianniu_number_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV上传数据接口 — calls TOP method `taobao.qianniu.number.put`.
 *
 * ISV提供给卖家使用的业务数据，需要通过这个接口上传到千牛数据中心。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuNumberPut(
  client: TopClient,
  request: TaobaoQianniuNumberPutRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuNumberPutResponse> {
  return client.call<TaobaoQianniuNumberPutResponse>(
    {
      method: 'taobao.qianniu.number.put',
      responseRoot: 'qianniu_number_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

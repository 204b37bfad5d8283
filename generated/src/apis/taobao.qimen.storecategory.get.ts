// Generated from specs/qimen/taobao.qimen.storecategory.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.storecategory.get` (门店类目获取接口). */
export interface TaobaoQimenStorecategoryGetRequest {
  /** 备注 */
  remark?: string;
}

/** Response of `taobao.qimen.storecategory.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStorecategoryGetResponse {
  /** 响应信息 */
  message?: string;
  /** 响应标示 */
  flag?: string;
  /** 响应code */
  qimen_code?: string;
  /** 类目json字符串 */
  store_category?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  flag: 'String',
  qimen_code: 'String',
  store_category: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.storecategory.get`: method, response root, request and response schemas. */
export const taobaoQimenStorecategoryGetOperation = {
  method: 'taobao.qimen.storecategory.get',
  responseRoot: 'qimen_storecategory_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店类目获取接口 — calls TOP method `taobao.qimen.storecategory.get`.
 *
 * 商家在ERP中调用该接口，获取门店类目
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStorecategoryGet(
  client: TopClient,
  request: TaobaoQimenStorecategoryGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenStorecategoryGetResponse> {
  return client.call<TaobaoQimenStorecategoryGetResponse>(
    {
      method: 'taobao.qimen.storecategory.get',
      responseRoot: 'qimen_storecategory_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

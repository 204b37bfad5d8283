// Generated from specs/uscesl/taobao.uscesl.biz.brand.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.brand.insert` (新增电子价签商家). */
export interface TaobaoUsceslBizBrandInsertRequest {
  /** 商家名称 */
  brand_name: string;
  /** 商家外部编号 */
  brand_out_code: string;
}

/** Response of `taobao.uscesl.biz.brand.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizBrandInsertResponse {
  /** result */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  brand_name: 'String',
  brand_out_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.brand.insert`: method, response root, request and response schemas. */
export const taobaoUsceslBizBrandInsertOperation = {
  method: 'taobao.uscesl.biz.brand.insert',
  responseRoot: 'uscesl_biz_brand_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增电子价签商家 — calls TOP method `taobao.uscesl.biz.brand.insert`.
 *
 * 一个电子价签业务身份下新增商家接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizBrandInsert(
  client: TopClient,
  request: TaobaoUsceslBizBrandInsertRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizBrandInsertResponse> {
  return client.call<TaobaoUsceslBizBrandInsertResponse>(
    {
      method: 'taobao.uscesl.biz.brand.insert',
      responseRoot: 'uscesl_biz_brand_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

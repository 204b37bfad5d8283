// Generated from specs/product/taobao.aftersale.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.aftersale.get` (查询用户售后服务模板). */
export interface TaobaoAftersaleGetRequest {}

/** Response of `taobao.aftersale.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAftersaleGetResponse {
  /** 售后服务返回对象 */
  after_sales?: TaobaoAftersaleGetAfterSale[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AfterSale` of `taobao.aftersale.get`. */
export interface TaobaoAftersaleGetAfterSale {
  /** id */
  after_sale_id?: Int64;
  /** 名称 */
  after_sale_name?: string;
  /** tfs地址 */
  after_sale_path?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  after_sales: [
    {
      after_sale_id: 'Number',
      after_sale_name: 'String',
      after_sale_path: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.aftersale.get`: method, response root, request and response schemas. */
export const taobaoAftersaleGetOperation = {
  method: 'taobao.aftersale.get',
  responseRoot: 'aftersale_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户售后服务模板 — calls TOP method `taobao.aftersale.get`.
 *
 * 查询用户设置的售后服务模板，仅返回标题和id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAftersaleGet(
  client: TopClient,
  request: TaobaoAftersaleGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAftersaleGetResponse> {
  return client.call<TaobaoAftersaleGetResponse>(
    {
      method: 'taobao.aftersale.get',
      responseRoot: 'aftersale_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

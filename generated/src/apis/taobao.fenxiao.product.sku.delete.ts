// Generated from specs/fenxiao/taobao.fenxiao.product.sku.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.sku.delete` (产品SKU删除接口). */
export interface TaobaoFenxiaoProductSkuDeleteRequest {
  /** 产品id */
  product_id: Int64Input;
  /** sku属性 */
  properties: string;
}

/** Response of `taobao.fenxiao.product.sku.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductSkuDeleteResponse {
  /** 操作结果 */
  result?: boolean;
  /** 操作时间 */
  created?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  properties: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  created: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.sku.delete`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductSkuDeleteOperation = {
  method: 'taobao.fenxiao.product.sku.delete',
  responseRoot: 'fenxiao_product_sku_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品SKU删除接口 — calls TOP method `taobao.fenxiao.product.sku.delete`.
 *
 * 根据sku properties删除sku数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductSkuDelete(
  client: TopClient,
  request: TaobaoFenxiaoProductSkuDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductSkuDeleteResponse> {
  return client.call<TaobaoFenxiaoProductSkuDeleteResponse>(
    {
      method: 'taobao.fenxiao.product.sku.delete',
      responseRoot: 'fenxiao_product_sku_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

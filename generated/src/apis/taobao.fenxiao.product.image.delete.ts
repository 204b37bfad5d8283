// Generated from specs/fenxiao/taobao.fenxiao.product.image.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.image.delete` (产品图片删除). */
export interface TaobaoFenxiaoProductImageDeleteRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 图片位置 */
  position: Int64Input;
  /** properties表示sku图片的属性。key:value形式，key是pid，value是vid。如果position是0的话，则properties需要是必传项 */
  properties?: string;
}

/** Response of `taobao.fenxiao.product.image.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductImageDeleteResponse {
  /** 操作结果 */
  result?: boolean;
  /** 操作时间 */
  created?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  position: 'Number',
  properties: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  created: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.image.delete`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductImageDeleteOperation = {
  method: 'taobao.fenxiao.product.image.delete',
  responseRoot: 'fenxiao_product_image_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品图片删除 — calls TOP method `taobao.fenxiao.product.image.delete`.
 *
 * 产品图片删除，只删除图片信息，不真正删除图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductImageDelete(
  client: TopClient,
  request: TaobaoFenxiaoProductImageDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductImageDeleteResponse> {
  return client.call<TaobaoFenxiaoProductImageDeleteResponse>(
    {
      method: 'taobao.fenxiao.product.image.delete',
      responseRoot: 'fenxiao_product_image_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

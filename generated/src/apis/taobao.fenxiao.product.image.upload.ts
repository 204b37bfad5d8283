// Generated from specs/fenxiao/taobao.fenxiao.product.image.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.image.upload` (产品图片上传). */
export interface TaobaoFenxiaoProductImageUploadRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 产品主图图片空间相对路径或绝对路径 */
  pic_path?: string;
  /** 产品图片 */
  image?: TopFile;
  /** 图片位置，0-14之间。0：操作sku属性图片，1：主图，2-5：细节图，6-14：额外主图 */
  position: Int64Input;
  /** properties表示sku图片的属性。key:value形式，key是pid，value是vid。如果position是0的话，则properties需要是必传项 */
  properties?: string;
}

/** Response of `taobao.fenxiao.product.image.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductImageUploadResponse {
  /** 操作是否成功 */
  result?: boolean;
  /** 操作时间 */
  created?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  pic_path: 'String',
  image: 'byte[]',
  position: 'Number',
  properties: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  created: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.image.upload`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductImageUploadOperation = {
  method: 'taobao.fenxiao.product.image.upload',
  responseRoot: 'fenxiao_product_image_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品图片上传 — calls TOP method `taobao.fenxiao.product.image.upload`.
 *
 * 产品主图图片空间相对路径或绝对路径添加或更新，或者是图片上传。如果指定位置的图片已存在，则覆盖原有信息。如果位置为1,自动设为主图；如果位置为0，表示属性图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductImageUpload(
  client: TopClient,
  request: TaobaoFenxiaoProductImageUploadRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductImageUploadResponse> {
  return client.call<TaobaoFenxiaoProductImageUploadResponse>(
    {
      method: 'taobao.fenxiao.product.image.upload',
      responseRoot: 'fenxiao_product_image_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/product/tmall.product.spec.pic.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.product.spec.pic.upload` (上传产品规格认证图片). */
export interface TmallProductSpecPicUploadRequest {
  /**
   * 上传的认证图片的认证类型
   *
   * 1：代表产品包装正面图
   *
   * 2：代表完整产品资质
   *
   * 3：代表产品包装反面图
   *
   * 4：代表产品包装侧面图
   *
   * 5：代表产品包装条形码特写
   *
   * 6：代表特殊用途化妆品批准文号
   *
   * 7：代表3C认证图标
   */
  certify_type: Int64Input;
  /** 上传的认证图片文件 */
  certify_pic: TopFile;
}

/** Response of `tmall.product.spec.pic.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSpecPicUploadResponse {
  /** 上传成功的产品规格认证图片url */
  spec_pic_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  certify_type: 'Number',
  certify_pic: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  spec_pic_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.spec.pic.upload`: method, response root, request and response schemas. */
export const tmallProductSpecPicUploadOperation = {
  method: 'tmall.product.spec.pic.upload',
  responseRoot: 'tmall_product_spec_pic_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传产品规格认证图片 — calls TOP method `tmall.product.spec.pic.upload`.
 *
 * 上传指定类型的产品规格认证文件，并返回存有上传成功图片url的产品规格对象
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSpecPicUpload(
  client: TopClient,
  request: TmallProductSpecPicUploadRequest,
  options?: CallOptions,
): Promise<TmallProductSpecPicUploadResponse> {
  return client.call<TmallProductSpecPicUploadResponse>(
    {
      method: 'tmall.product.spec.pic.upload',
      responseRoot: 'tmall_product_spec_pic_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

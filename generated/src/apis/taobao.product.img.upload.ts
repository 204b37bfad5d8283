// Generated from specs/product/taobao.product.img.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.product.img.upload` (上传单张产品非主图，如果需要传多张，可调多次). */
export interface TaobaoProductImgUploadRequest {
  /** 产品图片ID.修改图片时需要传入 */
  id?: Int64Input;
  /** 产品ID.Product的id */
  product_id: Int64Input;
  /**
   * 图片内容.图片最大为500K,只支持JPG,GIF格式.
   *
   * Max length: 1048576
   */
  image: TopFile;
  /** 图片序号 */
  position?: Int64Input;
  /** 是否将该图片设为主图.可选值:true,false;默认值:false. */
  is_major?: boolean;
}

/** Response of `taobao.product.img.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductImgUploadResponse {
  /** 返回产品图片结构中的：url,id,created,modified */
  product_img?: TaobaoProductImgUploadProductImg;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductImg` of `taobao.product.img.upload`. */
export interface TaobaoProductImgUploadProductImg {
  /** 产品图片ID */
  id?: Int64;
  /** 图片地址.(绝对地址,格式:http://host/image_path) */
  url?: string;
  /** 添加时间.格式:yyyy-mm-dd hh:mm:ss */
  created?: string;
  /** 修改时间.格式:yyyy-mm-dd hh:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  product_id: 'Number',
  image: 'byte[]',
  position: 'Number',
  is_major: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_img: {
    id: 'Number',
    url: 'String',
    created: 'Date',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.product.img.upload`: method, response root, request and response schemas. */
export const taobaoProductImgUploadOperation = {
  method: 'taobao.product.img.upload',
  responseRoot: 'product_img_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传单张产品非主图，如果需要传多张，可调多次 — calls TOP method `taobao.product.img.upload`.
 *
 * 1.传入产品ID
 * 2.传入图片内容
 * 注意：图片最大为500K,只支持JPG,GIF格式,如果需要传多张，可调多次
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductImgUpload(
  client: TopClient,
  request: TaobaoProductImgUploadRequest,
  options?: CallOptions,
): Promise<TaobaoProductImgUploadResponse> {
  return client.call<TaobaoProductImgUploadResponse>(
    {
      method: 'taobao.product.img.upload',
      responseRoot: 'product_img_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/product/taobao.product.propimg.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.product.propimg.upload` (上传单张产品属性图片，如果需要传多张，可调多次). */
export interface TaobaoProductPropimgUploadRequest {
  /** 产品属性图片ID */
  id?: Int64Input;
  /** 产品ID.Product的id */
  product_id: Int64Input;
  /** 属性串.目前仅支持颜色属性.调用taobao.itemprops.get获取类目属性,取得颜色属性pid,再用taobao.itempropvalues.get取得vid;格式:pid:vid,只能传入一个颜色pid:vid串; */
  props: string;
  /**
   * 图片内容.图片最大为2M,只支持JPG,GIF.
   *
   * Max length: 1048576
   */
  image: TopFile;
  /** 图片序号 */
  position?: Int64Input;
}

/** Response of `taobao.product.propimg.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductPropimgUploadResponse {
  /** 支持返回产品属性图片中的：url,id,created,modified */
  product_prop_img?: TaobaoProductPropimgUploadProductPropImg;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductPropImg` of `taobao.product.propimg.upload`. */
export interface TaobaoProductPropimgUploadProductPropImg {
  /** 图片地址.(绝对地址,格式:http://host/image_path) */
  url?: string;
  /** 产品属性图片ID */
  id?: Int64;
  /** 添加时间.格式:yyyy-mm-dd hh:mm:ss */
  created?: string;
  /** 修改时间.格式:yyyy-mm-dd hh:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  product_id: 'Number',
  props: 'String',
  image: 'byte[]',
  position: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_prop_img: {
    url: 'String',
    id: 'Number',
    created: 'Date',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.product.propimg.upload`: method, response root, request and response schemas. */
export const taobaoProductPropimgUploadOperation = {
  method: 'taobao.product.propimg.upload',
  responseRoot: 'product_propimg_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传单张产品属性图片，如果需要传多张，可调多次 — calls TOP method `taobao.product.propimg.upload`.
 *
 * 传入产品ID
 * 传入props,目前仅支持颜色属性.调用taobao.itemprops.get.v2取得颜色属性pid,
 * 再用taobao.itempropvalues.get取得vid;格式:pid:vid,只能传入一个颜色pid:vid串;
 * 传入图片内容
 * 注意：图片最大为2M,只支持JPG,GIF,如果需要传多张，可调多次
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductPropimgUpload(
  client: TopClient,
  request: TaobaoProductPropimgUploadRequest,
  options?: CallOptions,
): Promise<TaobaoProductPropimgUploadResponse> {
  return client.call<TaobaoProductPropimgUploadResponse>(
    {
      method: 'taobao.product.propimg.upload',
      responseRoot: 'product_propimg_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

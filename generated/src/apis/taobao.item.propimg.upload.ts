// Generated from specs/tbitem/taobao.item.propimg.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.item.propimg.upload` (添加或修改属性图片). */
export interface TaobaoItemPropimgUploadRequest {
  /** 商品数字ID，必选 */
  num_iid: Int64Input;
  /** 属性图片ID。如果是新增不需要填写 */
  id?: Int64Input;
  /** 属性列表。调用taobao.itemprops.get获取类目属性，属性必须是颜色属性，再用taobao.itempropvalues.get取得vid。格式:pid:vid。 */
  properties: string;
  /** 图片位置 */
  position?: Int64Input;
  /**
   * 属性图片内容。类型:JPG,GIF;图片大小不超过:3M
   *
   * Max length: 3145728
   */
  image?: TopFile;
}

/** Response of `taobao.item.propimg.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemPropimgUploadResponse {
  /** PropImg属性图片结构 */
  prop_img?: TaobaoItemPropimgUploadPropImg;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropImg` of `taobao.item.propimg.upload`. */
export interface TaobaoItemPropimgUploadPropImg {
  /** 属性图片的id，和商品相对应 */
  id?: Int64;
  /** 图片链接地址 */
  url?: string;
  /** 图片创建时间 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  id: 'Number',
  properties: 'String',
  position: 'Number',
  image: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  prop_img: {
    id: 'Number',
    url: 'String',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.propimg.upload`: method, response root, request and response schemas. */
export const taobaoItemPropimgUploadOperation = {
  method: 'taobao.item.propimg.upload',
  responseRoot: 'item_propimg_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加或修改属性图片 — calls TOP method `taobao.item.propimg.upload`.
 *
 * 添加一张商品属性图片到num_iid指定的商品中
 * 传入的num_iid所对应的商品必须属于当前会话的用户
 * 图片的属性必须要是颜色的属性，这个在前台显示的时候需要和sku进行关联的
 * 商品属性图片只有享有服务的卖家（如：淘宝大卖家、订购了淘宝多图服务的卖家）才能上传
 * 商品属性图片有数量和大小上的限制，最多不能超过24张（每个颜色属性都有一张）。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemPropimgUpload(
  client: TopClient,
  request: TaobaoItemPropimgUploadRequest,
  options?: CallOptions,
): Promise<TaobaoItemPropimgUploadResponse> {
  return client.call<TaobaoItemPropimgUploadResponse>(
    {
      method: 'taobao.item.propimg.upload',
      responseRoot: 'item_propimg_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

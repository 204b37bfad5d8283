// Generated from specs/tbitem/taobao.item.img.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.img.delete` (删除商品图片). */
export interface TaobaoItemImgDeleteRequest {
  /** 商品数字ID */
  num_iid: Int64Input;
  /** 商品图片ID；如果是竖图，请将id的值设置为1 */
  id: Int64Input;
  /** 标记是否要删除第6张图，因为第6张图与普通商品图片不是存储在同一个位置的无图片ID，所以要通过一个标记来判断是否为第6张图，目前第6张图业务主要用在女装业务下 */
  is_sixth_pic?: boolean;
}

/** Response of `taobao.item.img.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemImgDeleteResponse {
  /** 商品图片结构 */
  item_img?: TaobaoItemImgDeleteItemImg;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemImg` of `taobao.item.img.delete`. */
export interface TaobaoItemImgDeleteItemImg {
  /** 商品图片的id，和商品相对应（主图id默认为0） */
  id?: Int64;
  /** 图片创建时间 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  id: 'Number',
  is_sixth_pic: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_img: {
    id: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.img.delete`: method, response root, request and response schemas. */
export const taobaoItemImgDeleteOperation = {
  method: 'taobao.item.img.delete',
  responseRoot: 'item_img_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除商品图片 — calls TOP method `taobao.item.img.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemImgDelete(
  client: TopClient,
  request: TaobaoItemImgDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoItemImgDeleteResponse> {
  return client.call<TaobaoItemImgDeleteResponse>(
    {
      method: 'taobao.item.img.delete',
      responseRoot: 'item_img_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/shop/taobao.sellercats.list.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercats.list.update` (更新卖家自定义类目). */
export interface TaobaoSellercatsListUpdateRequest {
  /** 卖家自定义类目编号 */
  cid: Int64Input;
  /** 卖家自定义类目名称。不超过20个字符 */
  name?: string;
  /** 链接图片URL地址 */
  pict_url?: string;
  /** 该类目在页面上的排序位置,取值范围:大于零的整数 */
  sort_order?: Int64Input;
}

/** Response of `taobao.sellercats.list.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercatsListUpdateResponse {
  /** 返回sellercat数据结构中的：cid,modified */
  seller_cat?: TaobaoSellercatsListUpdateSellerCat;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerCat` of `taobao.sellercats.list.update`. */
export interface TaobaoSellercatsListUpdateSellerCat {
  /** 卖家自定义类目编号 */
  cid?: Int64;
  /** 修改时间。格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  cid: 'Number',
  name: 'String',
  pict_url: 'String',
  sort_order: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  seller_cat: {
    cid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercats.list.update`: method, response root, request and response schemas. */
export const taobaoSellercatsListUpdateOperation = {
  method: 'taobao.sellercats.list.update',
  responseRoot: 'sellercats_list_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新卖家自定义类目 — calls TOP method `taobao.sellercats.list.update`.
 *
 * 此API更新卖家店铺内自定义类目
 * 注：因为缓存的关系，添加的新类目需8个小时后才可以在淘宝页面上正常显示，但是不影响在该类目下商品发布
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercatsListUpdate(
  client: TopClient,
  request: TaobaoSellercatsListUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSellercatsListUpdateResponse> {
  return client.call<TaobaoSellercatsListUpdateResponse>(
    {
      method: 'taobao.sellercats.list.update',
      responseRoot: 'sellercats_list_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

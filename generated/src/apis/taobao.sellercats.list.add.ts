// Generated from specs/shop/taobao.sellercats.list.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercats.list.add` (添加卖家自定义类目). */
export interface TaobaoSellercatsListAddRequest {
  /** 卖家自定义类目名称。不超过20个字符 */
  name: string;
  /** 链接图片URL地址。(绝对地址，格式：http://host/image_path) */
  pict_url?: string;
  /** 父类目编号，如果类目为店铺下的一级类目：值等于0，如果类目为子类目，调用获取taobao.sellercats.list.get父类目编号 */
  parent_cid?: Int64Input;
  /** 该类目在页面上的排序位置,取值范围:大于零的整数 */
  sort_order?: Int64Input;
}

/** Response of `taobao.sellercats.list.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercatsListAddResponse {
  /** 返回seller_cat数据结构中的：cid,created */
  seller_cat?: TaobaoSellercatsListAddSellerCat;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerCat` of `taobao.sellercats.list.add`. */
export interface TaobaoSellercatsListAddSellerCat {
  /** 卖家自定义类目编号 */
  cid?: Int64;
  /** 创建时间。格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
  pict_url: 'String',
  parent_cid: 'Number',
  sort_order: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  seller_cat: {
    cid: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercats.list.add`: method, response root, request and response schemas. */
export const taobaoSellercatsListAddOperation = {
  method: 'taobao.sellercats.list.add',
  responseRoot: 'sellercats_list_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加卖家自定义类目 — calls TOP method `taobao.sellercats.list.add`.
 *
 * 此API添加卖家店铺内自定义类目
 * 父类目parent_cid值等于0：表示此类目为店铺下的一级类目，值不等于0：表示此类目有父类目
 * 注：因为缓存的关系,添加的新类目需8个小时后才可以在淘宝页面上正常显示，但是不影响在该类目下商品发布
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercatsListAdd(
  client: TopClient,
  request: TaobaoSellercatsListAddRequest,
  options?: CallOptions,
): Promise<TaobaoSellercatsListAddResponse> {
  return client.call<TaobaoSellercatsListAddResponse>(
    {
      method: 'taobao.sellercats.list.add',
      responseRoot: 'sellercats_list_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

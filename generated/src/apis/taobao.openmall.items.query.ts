// Generated from specs/openmall/taobao.openmall.items.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.items.query` (批量获取商品列表). */
export interface TaobaoOpenmallItemsQueryRequest {
  /** 已废弃，请勿使用 */
  item_ids?: string;
  /** 第几页，默认：1 */
  page_no?: Int64Input;
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 当不输入渠道商时，展示全网公有商品池；当输入渠道商的淘宝Nick时，展示该渠道私有供给商品列表 */
  distributor?: string;
}

/** Response of `taobao.openmall.items.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallItemsQueryResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallItemsQueryResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.openmall.items.query`. */
export interface TaobaoOpenmallItemsQueryResultDo {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 商品列表 */
  item_list?: TaobaoOpenmallItemsQueryTopItemVo[];
  /** 调用是否成功 */
  success?: boolean;
}

/** `TopItemVo` of `taobao.openmall.items.query`. */
export interface TaobaoOpenmallItemsQueryTopItemVo {
  /** 商品状态：上架（1）、下架（0） */
  status?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品成本价，精确到2位小数，单位：元。如：200.07，表示200元7分。 */
  cost_price?: string;
  /** 库存 */
  quantity?: string;
  /** 商品类目 */
  category_id?: Int64;
  /** 商品主图 */
  pic_url?: string;
  /** 商品所在省份 */
  prov?: string;
  /** 商品所在城市 */
  city?: string;
}

const REQUEST_SCHEMA = {
  item_ids: 'String',
  page_no: 'Number',
  page_size: 'Number',
  distributor: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    item_list: [
      {
        status: 'Number',
        item_id: 'Number',
        title: 'String',
        cost_price: 'String',
        quantity: 'String',
        category_id: 'Number',
        pic_url: 'String',
        prov: 'String',
        city: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.items.query`: method, response root, request and response schemas. */
export const taobaoOpenmallItemsQueryOperation = {
  method: 'taobao.openmall.items.query',
  responseRoot: 'openmall_items_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取商品列表 — calls TOP method `taobao.openmall.items.query`.
 *
 * 批量获取对联盟开放的商品列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallItemsQuery(
  client: TopClient,
  request: TaobaoOpenmallItemsQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoOpenmallItemsQueryResponse> {
  return client.call<TaobaoOpenmallItemsQueryResponse>(
    {
      method: 'taobao.openmall.items.query',
      responseRoot: 'openmall_items_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

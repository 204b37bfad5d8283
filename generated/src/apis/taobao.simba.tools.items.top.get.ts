// Generated from specs/simba/taobao.simba.tools.items.top.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.tools.items.top.get` (取得一个关键词的推广组排名列表). */
export interface TaobaoSimbaToolsItemsTopGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 关键词 */
  keyword: string;
  /** 输入的必须是一个符合ipv4或者ipv6格式的IP地址 */
  ip: string;
}

/** Response of `taobao.simba.tools.items.top.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaToolsItemsTopGetResponse {
  /** 推广组信息列表 */
  rankeditems?: TaobaoSimbaToolsItemsTopGetRankedItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RankedItem` of `taobao.simba.tools.items.top.get`. */
export interface TaobaoSimbaToolsItemsTopGetRankedItem {
  /** 客户昵称 */
  nick?: string;
  /** 排名 */
  order?: Int64;
  /** 最高出价 */
  max_price?: string;
  /** 创意标题 */
  title?: string;
  /** 商品链接 */
  link_url?: string;
  /** 原始质量评分 */
  rank_score?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  keyword: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rankeditems: [
    {
      nick: 'String',
      order: 'Number',
      max_price: 'String',
      title: 'String',
      link_url: 'String',
      rank_score: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.tools.items.top.get`: method, response root, request and response schemas. */
export const taobaoSimbaToolsItemsTopGetOperation = {
  method: 'taobao.simba.tools.items.top.get',
  responseRoot: 'simba_tools_items_top_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个关键词的推广组排名列表 — calls TOP method `taobao.simba.tools.items.top.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaToolsItemsTopGet(
  client: TopClient,
  request: TaobaoSimbaToolsItemsTopGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaToolsItemsTopGetResponse> {
  return client.call<TaobaoSimbaToolsItemsTopGetResponse>(
    {
      method: 'taobao.simba.tools.items.top.get',
      responseRoot: 'simba_tools_items_top_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/wlb/taobao.wlb.item.map.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.map.get` (根据物流宝商品ID查询商品映射关系). */
export interface TaobaoWlbItemMapGetRequest {
  /** 要查询映射关系的物流宝商品id */
  item_id: Int64Input;
}

/** Response of `taobao.wlb.item.map.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemMapGetResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 外部商品实体 */
  out_entity_item_list?: TaobaoWlbItemMapGetOutEntityItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OutEntityItem` of `taobao.wlb.item.map.get`. */
export interface TaobaoWlbItemMapGetOutEntityItem {
  /**
   * 外部实体类型：
   * IC_ITEM--ic商品
   * IC_SKU--ic销售单元
   */
  entity_type?: string;
  /**
   * entity_type对应的实体类型的id：
   * 当entity_type为IC_ITEM时，entity_id为ic的商品id
   */
  entity_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  out_entity_item_list: [
    {
      entity_type: 'String',
      entity_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.map.get`: method, response root, request and response schemas. */
export const taobaoWlbItemMapGetOperation = {
  method: 'taobao.wlb.item.map.get',
  responseRoot: 'wlb_item_map_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据物流宝商品ID查询商品映射关系 — calls TOP method `taobao.wlb.item.map.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemMapGet(
  client: TopClient,
  request: TaobaoWlbItemMapGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemMapGetResponse> {
  return client.call<TaobaoWlbItemMapGetResponse>(
    {
      method: 'taobao.wlb.item.map.get',
      responseRoot: 'wlb_item_map_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

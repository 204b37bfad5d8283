// Generated from specs/wms/taobao.wlb.wms.item.combination.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.item.combination.get` (查询组合商品的组合关系). */
export interface TaobaoWlbWmsItemCombinationGetRequest {
  /** 货品Id */
  itemid: Int64Input;
}

/** Response of `taobao.wlb.wms.item.combination.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsItemCombinationGetResponse {
  /** 接口返回结果 */
  result?: TaobaoWlbWmsItemCombinationGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.wlb.wms.item.combination.get`. */
export interface TaobaoWlbWmsItemCombinationGetResult {
  /** 是否成功 */
  wl_success?: boolean;
  /** 错误编码 */
  wl_error_code?: string;
  /** 错误信息 */
  wl_error_msg?: string;
  /** 子货品列表 */
  sub_item_list?: TaobaoWlbWmsItemCombinationGetSubItemList[];
}

/** `SubItemList` of `taobao.wlb.wms.item.combination.get`. */
export interface TaobaoWlbWmsItemCombinationGetSubItemList {
  /** 子货品 */
  sub_item?: TaobaoWlbWmsItemCombinationGetSubItem;
}

/** `SubItem` of `taobao.wlb.wms.item.combination.get`. */
export interface TaobaoWlbWmsItemCombinationGetSubItem {
  /** 子货品ID */
  sc_item_id?: Int64;
  /** 子货品数量 */
  count?: Int64;
}

const REQUEST_SCHEMA = {
  itemid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    wl_success: 'Boolean',
    wl_error_code: 'String',
    wl_error_msg: 'String',
    sub_item_list: [
      {
        sub_item: {
          sc_item_id: 'Number',
          count: 'Number',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.item.combination.get`: method, response root, request and response schemas. */
export const taobaoWlbWmsItemCombinationGetOperation = {
  method: 'taobao.wlb.wms.item.combination.get',
  responseRoot: 'wlb_wms_item_combination_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询组合商品的组合关系 — calls TOP method `taobao.wlb.wms.item.combination.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsItemCombinationGet(
  client: TopClient,
  request: TaobaoWlbWmsItemCombinationGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsItemCombinationGetResponse> {
  return client.call<TaobaoWlbWmsItemCombinationGetResponse>(
    {
      method: 'taobao.wlb.wms.item.combination.get',
      responseRoot: 'wlb_wms_item_combination_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

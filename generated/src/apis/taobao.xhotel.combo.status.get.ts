// Generated from specs/tuanhotel/taobao.xhotel.combo.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.combo.status.get` (酒店宝贝状态查询). */
export interface TaobaoXhotelComboStatusGetRequest {
  /** 宝贝id */
  item_id?: Int64Input;
  /** 宝贝名称 */
  item_title?: string;
  /** 页大小 */
  page_size?: Int64Input;
  /** 当前页 */
  current_page_no?: Int64Input;
}

/** Response of `taobao.xhotel.combo.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelComboStatusGetResponse {
  /** 返回值 */
  data?: TaobaoXhotelComboStatusGetItemInfoListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemInfoListResult` of `taobao.xhotel.combo.status.get`. */
export interface TaobaoXhotelComboStatusGetItemInfoListResult {
  /** 宝贝信息 */
  tuan_item_onlines?: TaobaoXhotelComboStatusGetTuanItemOnlineManagerVO[];
}

/** `TuanItemOnlineManagerVO` of `taobao.xhotel.combo.status.get`. */
export interface TaobaoXhotelComboStatusGetTuanItemOnlineManagerVO {
  /** itemid */
  item_id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 审核状态 */
  online_status?: Int64;
  /** sku */
  tuan_item_online_skus?: TaobaoXhotelComboStatusGetTuanItemOnlineSkuManagerVO[];
  /** 下线 */
  online_status_desc?: string;
}

/** `TuanItemOnlineSkuManagerVO` of `taobao.xhotel.combo.status.get`. */
export interface TaobaoXhotelComboStatusGetTuanItemOnlineSkuManagerVO {
  /** sku id */
  sku_id?: Int64;
  /** 套餐名称 */
  sku_name?: string;
  /** 价格 */
  price?: string;
  /** 间夜 */
  nights?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  item_title: 'String',
  page_size: 'Number',
  current_page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    tuan_item_onlines: [
      {
        item_id: 'Number',
        gmt_create: 'Date',
        online_status: 'Number',
        tuan_item_online_skus: [
          {
            sku_id: 'Number',
            sku_name: 'String',
            price: 'String',
            nights: 'Number',
          },
        ],
        online_status_desc: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.combo.status.get`: method, response root, request and response schemas. */
export const taobaoXhotelComboStatusGetOperation = {
  method: 'taobao.xhotel.combo.status.get',
  responseRoot: 'xhotel_combo_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店宝贝状态查询 — calls TOP method `taobao.xhotel.combo.status.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelComboStatusGet(
  client: TopClient,
  request: TaobaoXhotelComboStatusGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelComboStatusGetResponse> {
  return client.call<TaobaoXhotelComboStatusGetResponse>(
    {
      method: 'taobao.xhotel.combo.status.get',
      responseRoot: 'xhotel_combo_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/xhotelitem/taobao.xhotel.item.selection.seller.stat.summary.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.item.selection.seller.stat.summary` (商家数据-选品整体概况). */
export interface TaobaoXhotelItemSelectionSellerStatSummaryRequest {
  /** 日期 默认为昨天 */
  date?: string;
  /** hid 默认为all */
  hid?: string;
  /** vendor 默认为all */
  vendor?: string;
  /** supplier 默认为all */
  supplier?: string;
  /** 外部酒店编码 */
  out_hid?: string;
}

/** Response of `taobao.xhotel.item.selection.seller.stat.summary`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelItemSelectionSellerStatSummaryResponse {
  /** 返回参数 */
  result?: TaobaoXhotelItemSelectionSellerStatSummaryHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HsfResult` of `taobao.xhotel.item.selection.seller.stat.summary`. */
export interface TaobaoXhotelItemSelectionSellerStatSummaryHsfResult {
  /** 错误码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  module?: TaobaoXhotelItemSelectionSellerStatSummarySellerStatSummaryResult;
  /** 接口信息 */
  message?: string;
}

/** `SellerStatSummaryResult` of `taobao.xhotel.item.selection.seller.stat.summary`. */
export interface TaobaoXhotelItemSelectionSellerStatSummarySellerStatSummaryResult {
  /** 曝光率 */
  exposed_percent?: string;
  /** supplier参数 */
  supplier_param?: string;
  /** 标准酒店维度曝光总数 */
  shid_total_amount?: string;
  /** hid参数 */
  hid_param?: string;
  /** rate最低分 */
  min_rate_score?: string;
  /** 不可售情况 */
  unsale_reseason_info?: string;
  /** rate最高分 */
  max_rate_score?: string;
  /** 选品情况 */
  selection_message_info?: string;
  /** rate平均分 */
  avg_rate_score?: string;
  /** 日期 */
  date_param?: string;
  /** 商品总数 */
  total_amount?: string;
  /** vendor参数 */
  vendor_param?: string;
  /** 曝光总数 */
  exposed_amount?: string;
  /** 选品情况 */
  selection_message_info_json?: string;
  /** 不可售情况 */
  unsale_reason_info_json?: string;
  /** sellerId参数 */
  seller_id_param?: string;
  /** 可售商品数量 */
  can_sale_amount?: string;
  /** 选品保留商品数量 */
  selected_amount?: string;
}

const REQUEST_SCHEMA = {
  date: 'String',
  hid: 'String',
  vendor: 'String',
  supplier: 'String',
  out_hid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    module: {
      exposed_percent: 'String',
      supplier_param: 'String',
      shid_total_amount: 'String',
      hid_param: 'String',
      min_rate_score: 'String',
      unsale_reseason_info: 'String',
      max_rate_score: 'String',
      selection_message_info: 'String',
      avg_rate_score: 'String',
      date_param: 'String',
      total_amount: 'String',
      vendor_param: 'String',
      exposed_amount: 'String',
      selection_message_info_json: 'String',
      unsale_reason_info_json: 'String',
      seller_id_param: 'String',
      can_sale_amount: 'String',
      selected_amount: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.item.selection.seller.stat.summary`: method, response root, request and response schemas. */
export const taobaoXhotelItemSelectionSellerStatSummaryOperation = {
  method: 'taobao.xhotel.item.selection.seller.stat.summary',
  responseRoot: 'xhotel_item_selection_seller_stat_summary_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家数据-选品整体概况 — calls TOP method `taobao.xhotel.item.selection.seller.stat.summary`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelItemSelectionSellerStatSummary(
  client: TopClient,
  request: TaobaoXhotelItemSelectionSellerStatSummaryRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelItemSelectionSellerStatSummaryResponse> {
  return client.call<TaobaoXhotelItemSelectionSellerStatSummaryResponse>(
    {
      method: 'taobao.xhotel.item.selection.seller.stat.summary',
      responseRoot: 'xhotel_item_selection_seller_stat_summary_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/waybill/taobao.wlb.waybill.i.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.search` (查询面单服务订购及面单使用情况v1.0). */
export interface TaobaoWlbWaybillISearchRequest {
  /** 查询网点信息 */
  waybill_apply_request: TaobaoWlbWaybillISearchWaybillApplyRequestInput;
}

/** Response of `taobao.wlb.waybill.i.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillISearchResponse {
  /** 订购关系 */
  subscribtions?: TaobaoWlbWaybillISearchWaybillApplySubscriptionInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplyRequest` of `taobao.wlb.waybill.i.search`. */
export interface TaobaoWlbWaybillISearchWaybillApplyRequestInput {
  /** 物流服务商ID */
  cp_code?: string;
}

/** `WaybillApplySubscriptionInfo` of `taobao.wlb.waybill.i.search`. */
export interface TaobaoWlbWaybillISearchWaybillApplySubscriptionInfo {
  /** CP网点信息及对应的商家的发货信息 */
  branch_account_cols?: TaobaoWlbWaybillISearchWaybillBranchAccount[];
  /** 1是直营，2是加盟 */
  cp_type?: Int64;
  /** 物流服务商ID */
  cp_code?: string;
}

/** `WaybillBranchAccount` of `taobao.wlb.waybill.i.search`. */
export interface TaobaoWlbWaybillISearchWaybillBranchAccount {
  /** 商家ID */
  seller_id?: Int64;
  /** 当前网点下的发货地址 */
  shipp_address_cols?: TaobaoWlbWaybillISearchWaybillAddress[];
  /** 可用单数 */
  quantity?: Int64;
  /** 已用单数 */
  allocated_quantity?: Int64;
  /** 网点ID */
  branch_code?: string;
  /** 已经打印的面单总数 */
  print_quantity?: Int64;
  /** 取消的面对总数 */
  cancel_quantity?: Int64;
  /** 网点名称 */
  branch_name?: string;
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.search`. */
export interface TaobaoWlbWaybillISearchWaybillAddress {
  /** 区名称（三级地址） */
  area?: string;
  /** 省名称（一级地址） */
  province?: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** waybill 地址记录ID(非地址库ID) */
  waybill_address_id?: Int64;
}

const REQUEST_SCHEMA = {
  waybill_apply_request: {
    cp_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subscribtions: [
    {
      branch_account_cols: [
        {
          seller_id: 'Number',
          shipp_address_cols: [
            {
              area: 'String',
              province: 'String',
              town: 'String',
              address_detail: 'String',
              city: 'String',
              waybill_address_id: 'Number',
            },
          ],
          quantity: 'Number',
          allocated_quantity: 'Number',
          branch_code: 'String',
          print_quantity: 'Number',
          cancel_quantity: 'Number',
          branch_name: 'String',
        },
      ],
      cp_type: 'Number',
      cp_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.waybill.i.search`: method, response root, request and response schemas. */
export const taobaoWlbWaybillISearchOperation = {
  method: 'taobao.wlb.waybill.i.search',
  responseRoot: 'wlb_waybill_i_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询面单服务订购及面单使用情况v1.0 — calls TOP method `taobao.wlb.waybill.i.search`.
 *
 * 获取发货地&CP开通状态&账户的使用情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillISearch(
  client: TopClient,
  request: TaobaoWlbWaybillISearchRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillISearchResponse> {
  return client.call<TaobaoWlbWaybillISearchResponse>(
    {
      method: 'taobao.wlb.waybill.i.search',
      responseRoot: 'wlb_waybill_i_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealth2/taobao.drug.shop.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.drug.shop.list` (查询卖家外卖店列表). */
export interface TaobaoDrugShopListRequest {
  /** 查询关键字 */
  keywords?: string;
  /** 店铺状态，歇业：0，营业：1，所有：-1 */
  status?: Int64Input;
  /**
   * 页码
   *
   * Min value: 1
   */
  page: Int64Input;
  /**
   * 每页条数
   *
   * Min value: 1
   * Max value: 20
   */
  page_size: Int64Input;
}

/** Response of `taobao.drug.shop.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDrugShopListResponse {
  /** 数据结果集 */
  result?: TaobaoDrugShopListTakeoutShopPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TakeoutShopPage` of `taobao.drug.shop.list`. */
export interface TaobaoDrugShopListTakeoutShopPage {
  /** 总条数 */
  total_count?: Int64;
  /** 当前页码 */
  page?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 上一页页码 */
  prev_page?: Int64;
  /** 下一页页码 */
  next_page?: Int64;
  /** 店铺信息列表 */
  takeout_summary_infos?: TaobaoDrugShopListTakeoutShopSummaryInfo[];
}

/** `TakeoutShopSummaryInfo` of `taobao.drug.shop.list`. */
export interface TaobaoDrugShopListTakeoutShopSummaryInfo {
  /** 店铺分店名 */
  sub_name?: string;
  /** 外卖店铺id */
  shopid?: Int64;
  /** 外卖店铺名称 */
  name?: string;
  /** 城市 */
  city?: string;
  /** 店铺地址 */
  address?: string;
  /** 电话号码 */
  phone?: string;
  /** 等待确认配送的订单笔数 */
  wait_confirm?: Int64;
  /** 等待确认的兑换券的订单笔数 */
  digital_wait_confirm?: Int64;
  /** 等待退款的订单笔数 */
  wait_refund?: Int64;
  /** 店铺营业状态，歇业：0，营业：1 */
  is_open?: Int64;
  /** 店铺与ISV的关联ID */
  shopoutid?: string;
}

const REQUEST_SCHEMA = {
  keywords: 'String',
  status: 'Number',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    page: 'Number',
    page_size: 'Number',
    total_page: 'Number',
    prev_page: 'Number',
    next_page: 'Number',
    takeout_summary_infos: [
      {
        sub_name: 'String',
        shopid: 'Number',
        name: 'String',
        city: 'String',
        address: 'String',
        phone: 'String',
        wait_confirm: 'Number',
        digital_wait_confirm: 'Number',
        wait_refund: 'Number',
        is_open: 'Number',
        shopoutid: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.drug.shop.list`: method, response root, request and response schemas. */
export const taobaoDrugShopListOperation = {
  method: 'taobao.drug.shop.list',
  responseRoot: 'drug_shop_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家外卖店列表 — calls TOP method `taobao.drug.shop.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDrugShopList(
  client: TopClient,
  request: TaobaoDrugShopListRequest,
  options?: CallOptions,
): Promise<TaobaoDrugShopListResponse> {
  return client.call<TaobaoDrugShopListResponse>(
    {
      method: 'taobao.drug.shop.list',
      responseRoot: 'drug_shop_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

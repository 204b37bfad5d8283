// Generated from specs/brandhub/taobao.brand.startshop.rpt.wordpackage.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.brand.startshop.rpt.wordpackage.get` (明星店铺品牌流量包报表数据查询). */
export interface TaobaoBrandStartshopRptWordpackageGetRequest {
  /** 开始日期 */
  start_date: string;
  /** 结束日期 */
  end_date: string;
  /** 转化周期 */
  effect?: string;
  /** 每页显示条数(0,200] */
  page_size?: string;
  /** 当前页数 ,从1开始 */
  page_index?: string;
  /** 流量类型 */
  traffic_type: string;
}

/** Response of `taobao.brand.startshop.rpt.wordpackage.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBrandStartshopRptWordpackageGetResponse {
  /** 错误信息 */
  error_param?: string;
  /** 返回结果 */
  campaign_rpt_list?: TaobaoBrandStartshopRptWordpackageGetResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.brand.startshop.rpt.wordpackage.get`. */
export interface TaobaoBrandStartshopRptWordpackageGetResult {
  /** 日期 */
  thedate?: string;
  /** 展现量 */
  impression?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 花费(分) */
  cost?: string;
  /** 千次展现成本 */
  cpm?: string;
  /** 点击单价 */
  cpc?: string;
  /** 宝贝收藏数 */
  favitemtotal?: Int64;
  /** 展示成交笔数 */
  transactionshippingtotal?: Int64;
  /** 店铺收藏数 */
  favshoptotal?: Int64;
  /** 宝贝加购数 */
  carttotal?: Int64;
  /** 展示成交金额 */
  transactiontotal?: string;
  /** 展示回报率 */
  roi?: string;
  /** 展示转化率 */
  cvr?: string;
  /** 点击成交笔数 */
  click_transactionshipping?: Int64;
  /** 点击成交金额 */
  click_transactiontotal?: string;
  /** 点击回报率 */
  click_roi?: string;
  /** 点击转化率 */
  click_cvr?: string;
  /** 点击访客数 */
  click_uv?: Int64;
  /** 触达访客数 */
  uv?: Int64;
  /** 触达新访客数 */
  uv_new?: Int64;
  /** 推广计划名称 */
  campaigntitle?: string;
  /** 推广计划id */
  campaignid?: Int64;
  /** 推广组id */
  adgroupid?: Int64;
  /** 推广组名称 */
  adgrouptitle?: string;
  /** 词包名称 */
  bidword?: string;
  /** 词包id */
  bidwordid?: Int64;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  end_date: 'String',
  effect: 'String',
  page_size: 'String',
  page_index: 'String',
  traffic_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_param: 'String',
  campaign_rpt_list: [
    {
      thedate: 'String',
      impression: 'Number',
      click: 'Number',
      ctr: 'String',
      cost: 'String',
      cpm: 'String',
      cpc: 'String',
      favitemtotal: 'Number',
      transactionshippingtotal: 'Number',
      favshoptotal: 'Number',
      carttotal: 'Number',
      transactiontotal: 'String',
      roi: 'String',
      cvr: 'String',
      click_transactionshipping: 'Number',
      click_transactiontotal: 'String',
      click_roi: 'String',
      click_cvr: 'String',
      click_uv: 'Number',
      uv: 'Number',
      uv_new: 'Number',
      campaigntitle: 'String',
      campaignid: 'Number',
      adgroupid: 'Number',
      adgrouptitle: 'String',
      bidword: 'String',
      bidwordid: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.brand.startshop.rpt.wordpackage.get`: method, response root, request and response schemas. */
export const taobaoBrandStartshopRptWordpackageGetOperation = {
  method: 'taobao.brand.startshop.rpt.wordpackage.get',
  responseRoot: 'brand_startshop_rpt_wordpackage_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 明星店铺品牌流量包报表数据查询 — calls TOP method `taobao.brand.startshop.rpt.wordpackage.get`.
 *
 * 获取明星店铺广告词包分日报表数据，只能查询近90天内的数据，包括展现量，点击量等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBrandStartshopRptWordpackageGet(
  client: TopClient,
  request: TaobaoBrandStartshopRptWordpackageGetRequest,
  options?: CallOptions,
): Promise<TaobaoBrandStartshopRptWordpackageGetResponse> {
  return client.call<TaobaoBrandStartshopRptWordpackageGetResponse>(
    {
      method: 'taobao.brand.startshop.rpt.wordpackage.get',
      responseRoot: 'brand_startshop_rpt_wordpackage_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

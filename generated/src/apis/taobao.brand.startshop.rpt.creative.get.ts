// Generated from specs/brandhub/taobao.brand.startshop.rpt.creative.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.brand.startshop.rpt.creative.get` (明星店铺创意报表数据查询). */
export interface TaobaoBrandStartshopRptCreativeGetRequest {
  /** 流量类型 1: PC站内, 2: PC站外 , 4: 无线站内, 5: 无线站外,支持多种一起查询,如1,2,4,5 */
  traffic_type: string;
  /** 开始日期(最多查询1个月的数据) */
  start_date?: string;
  /** 截至日期(最晚到昨天) */
  end_date?: string;
  /** 当前页数 */
  page_index?: string;
  /** 每页条数 */
  page_size?: string;
  /** 转化周期,默认15, 3,7,15 */
  effect?: string;
}

/** Response of `taobao.brand.startshop.rpt.creative.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBrandStartshopRptCreativeGetResponse {
  /** 错误信息 */
  error_param?: string;
  /** 返回结果 */
  campaign_rpt_list?: TaobaoBrandStartshopRptCreativeGetResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.brand.startshop.rpt.creative.get`. */
export interface TaobaoBrandStartshopRptCreativeGetResult {
  /** 日期 */
  thedate?: string;
  /** 展现量 */
  impression?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 花费(元) */
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
  /** 创意名称 */
  creativetitle?: string;
  /** 创意id */
  creativeid?: Int64;
}

const REQUEST_SCHEMA = {
  traffic_type: 'String',
  start_date: 'String',
  end_date: 'String',
  page_index: 'String',
  page_size: 'String',
  effect: 'String',
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
      creativetitle: 'String',
      creativeid: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.brand.startshop.rpt.creative.get`: method, response root, request and response schemas. */
export const taobaoBrandStartshopRptCreativeGetOperation = {
  method: 'taobao.brand.startshop.rpt.creative.get',
  responseRoot: 'brand_startshop_rpt_creative_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 明星店铺创意报表数据查询 — calls TOP method `taobao.brand.startshop.rpt.creative.get`.
 *
 * 获取明星店铺广告creative分日报表数据，只能查询近90天内的数据，包括展现量，点击量等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBrandStartshopRptCreativeGet(
  client: TopClient,
  request: TaobaoBrandStartshopRptCreativeGetRequest,
  options?: CallOptions,
): Promise<TaobaoBrandStartshopRptCreativeGetResponse> {
  return client.call<TaobaoBrandStartshopRptCreativeGetResponse>(
    {
      method: 'taobao.brand.startshop.rpt.creative.get',
      responseRoot: 'brand_startshop_rpt_creative_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/feedflow/taobao.feedflow.item.adgroup.rptdailylist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.rptdailylist` (推广单元分日数据查询). */
export interface TaobaoFeedflowItemAdgroupRptdailylistRequest {
  /** 查询条件 */
  rpt_query_d_t_o: TaobaoFeedflowItemAdgroupRptdailylistRptQueryDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.rptdailylist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupRptdailylistResponse {
  /** 返回结果 */
  result?: TaobaoFeedflowItemAdgroupRptdailylistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptQueryDto` of `taobao.feedflow.item.adgroup.rptdailylist`. */
export interface TaobaoFeedflowItemAdgroupRptdailylistRptQueryDtoInput {
  /** 查询开始日期 */
  start_time: string;
  /** 计划id */
  campaign_id: Int64Input;
  /** 单元id */
  adgroup_id: Int64Input;
  /** 查询结束日期 */
  end_time: string;
  /** 归因周期（有效值：3、7、15、30） */
  effect?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.rptdailylist`. */
export interface TaobaoFeedflowItemAdgroupRptdailylistResultDto {
  /** message */
  message?: string;
  /** 报表信息 */
  rpt_list?: TaobaoFeedflowItemAdgroupRptdailylistRptResultDto[];
  /** 是否调用成功 */
  success?: boolean;
}

/** `RptResultDto` of `taobao.feedflow.item.adgroup.rptdailylist`. */
export interface TaobaoFeedflowItemAdgroupRptdailylistRptResultDto {
  /** 消耗 */
  charge?: string;
  /** 有效展现 */
  ad_pv?: Int64;
  /** 有效点击数 */
  click?: Int64;
  /** 千次展现成本 */
  ecpm?: string;
  /** 点击单价 */
  ecpc?: string;
  /** 引导访问量 */
  inshop_pv?: Int64;
  /** 引导进店人数 */
  inshop_uv?: Int64;
  /** 进店比例 */
  inshop_uv_rate?: string;
  /** 深度进店次数 */
  deep_inshop_num?: Int64;
  /** 平均访问时长 */
  avg_access_time?: string;
  /** 平均访问页面数 */
  avg_access_page_num?: string;
  /** 粉丝关注量 */
  follow_number?: Int64;
  /** 新客获取量 */
  add_new_uv?: Int64;
  /** 新客获取率 */
  add_new_uv_rate?: string;
  /** 拉新消耗 */
  new_f_charge?: string;
  /** 收藏宝贝数 */
  inshop_item_col_num?: Int64;
  /** 加购物车数 */
  cart_num?: Int64;
  /** 拍下订单量 */
  gmv_inshop_num?: Int64;
  /** 拍下订单金额 */
  gmv_inshop_amt?: string;
  /** 成交订单数 */
  alipay_in_shop_num?: Int64;
  /** 成交订单金额 */
  alipay_inshop_amt?: string;
  /** 展现转化率 */
  icvr?: string;
  /** 点击转化率 */
  cvr?: string;
  /** 投资回报率 */
  roi?: string;
  /** 计划id */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 单元名称 */
  adgroup_name?: string;
  /** 记录日期 */
  log_date?: string;
}

const REQUEST_SCHEMA = {
  rpt_query_d_t_o: {
    start_time: 'String',
    campaign_id: 'Number',
    adgroup_id: 'Number',
    end_time: 'String',
    effect: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    rpt_list: [
      {
        charge: 'String',
        ad_pv: 'Number',
        click: 'Number',
        ecpm: 'String',
        ecpc: 'String',
        inshop_pv: 'Number',
        inshop_uv: 'Number',
        inshop_uv_rate: 'String',
        deep_inshop_num: 'Number',
        avg_access_time: 'String',
        avg_access_page_num: 'String',
        follow_number: 'Number',
        add_new_uv: 'Number',
        add_new_uv_rate: 'String',
        new_f_charge: 'String',
        inshop_item_col_num: 'Number',
        cart_num: 'Number',
        gmv_inshop_num: 'Number',
        gmv_inshop_amt: 'String',
        alipay_in_shop_num: 'Number',
        alipay_inshop_amt: 'String',
        icvr: 'String',
        cvr: 'String',
        roi: 'String',
        campaign_id: 'Number',
        adgroup_id: 'Number',
        campaign_name: 'String',
        adgroup_name: 'String',
        log_date: 'Date',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.rptdailylist`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupRptdailylistOperation = {
  method: 'taobao.feedflow.item.adgroup.rptdailylist',
  responseRoot: 'feedflow_item_adgroup_rptdailylist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广单元分日数据查询 — calls TOP method `taobao.feedflow.item.adgroup.rptdailylist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupRptdailylist(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupRptdailylistRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupRptdailylistResponse> {
  return client.call<TaobaoFeedflowItemAdgroupRptdailylistResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.rptdailylist',
      responseRoot: 'feedflow_item_adgroup_rptdailylist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

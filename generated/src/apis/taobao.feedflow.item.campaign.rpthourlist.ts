// Generated from specs/feedflow/taobao.feedflow.item.campaign.rpthourlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.rpthourlist` (超级推荐【商品推广】计划分时报表查询). */
export interface TaobaoFeedflowItemCampaignRpthourlistRequest {
  /** 查询参数 */
  rpt_query: TaobaoFeedflowItemCampaignRpthourlistRptQueryDtoInput;
}

/** Response of `taobao.feedflow.item.campaign.rpthourlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignRpthourlistResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TaobaoFeedflowItemCampaignRpthourlistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptQueryDto` of `taobao.feedflow.item.campaign.rpthourlist`. */
export interface TaobaoFeedflowItemCampaignRpthourlistRptQueryDtoInput {
  /** 计划id */
  campaign_id?: Int64Input;
  /** 结束小时 */
  end_hour_id: Int64Input;
  /** 查询日期 */
  log_date: string;
  /** 开始小时 */
  start_hour_id: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.rpthourlist`. */
export interface TaobaoFeedflowItemCampaignRpthourlistResultDto {
  /** 描述信息 */
  message?: string;
  /** 返回结果 */
  rpt_list?: TaobaoFeedflowItemCampaignRpthourlistRptResultDto[];
  /** 总数 */
  total_count?: Int64;
  /** 返回信息 */
  result_code?: TaobaoFeedflowItemCampaignRpthourlistResultCode;
  /** 是否成功 */
  success?: boolean;
}

/** `RptResultDto` of `taobao.feedflow.item.campaign.rpthourlist`. */
export interface TaobaoFeedflowItemCampaignRpthourlistRptResultDto {
  /** 计划名称 */
  campaign_name?: string;
  /** 计划id */
  campaign_id?: Int64;
  /** 成交订单金额 */
  alipay_inshop_amt?: string;
  /** 成交订单数 */
  alipay_in_shop_num?: Int64;
  /** 深度进店次数 */
  deep_inshop_num?: Int64;
  /** 引导进店量 */
  inshop_pv?: Int64;
  /** 有效点击数 */
  click?: Int64;
  /** 小时 */
  hour_id?: Int64;
  /** 有效展现量 */
  ad_pv?: Int64;
  /** 拍下订单量 */
  gmv_inshop_num?: Int64;
  /** 平均访问页面数 */
  avg_access_page_num?: string;
  /** 引导进店人数 */
  inshop_uv?: Int64;
  /** 拍下订单金额 */
  gmv_inshop_amt?: string;
  /** 展现转化率 */
  icvr?: string;
  /** 拉新消耗 */
  new_f_charge?: string;
  /** 千次展现成本 */
  ecpm?: string;
  /** 加购物车数 */
  cart_num?: Int64;
  /** 点击转化率 */
  cvr?: string;
  /** 点击成本 */
  ecpc?: string;
  /** 日期 */
  log_date?: string;
  /** 平均访问时长 */
  avg_access_time?: string;
  /** 粉丝关注量 */
  follow_number?: Int64;
  /** 收藏宝贝数 */
  inshop_item_col_num?: Int64;
  /** 消耗 */
  charge?: string;
  /** 引导进店率 */
  inshop_uv_rate?: string;
  /** 新客获取量 */
  add_new_uv?: Int64;
  /** 投资回报率 */
  roi?: string;
  /** 新客获取率 */
  add_new_uv_rate?: string;
}

/** `ResultCode` of `taobao.feedflow.item.campaign.rpthourlist`. */
export interface TaobaoFeedflowItemCampaignRpthourlistResultCode {
  /** 错误信息 */
  message?: string;
  /** 返回码 */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  rpt_query: {
    campaign_id: 'Number',
    end_hour_id: 'Number',
    log_date: 'String',
    start_hour_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    rpt_list: [
      {
        campaign_name: 'String',
        campaign_id: 'Number',
        alipay_inshop_amt: 'String',
        alipay_in_shop_num: 'Number',
        deep_inshop_num: 'Number',
        inshop_pv: 'Number',
        click: 'Number',
        hour_id: 'Number',
        ad_pv: 'Number',
        gmv_inshop_num: 'Number',
        avg_access_page_num: 'String',
        inshop_uv: 'Number',
        gmv_inshop_amt: 'String',
        icvr: 'String',
        new_f_charge: 'String',
        ecpm: 'String',
        cart_num: 'Number',
        cvr: 'String',
        ecpc: 'String',
        log_date: 'Date',
        avg_access_time: 'String',
        follow_number: 'Number',
        inshop_item_col_num: 'Number',
        charge: 'String',
        inshop_uv_rate: 'String',
        add_new_uv: 'Number',
        roi: 'String',
        add_new_uv_rate: 'String',
      },
    ],
    total_count: 'Number',
    result_code: {
      message: 'String',
      code: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.rpthourlist`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignRpthourlistOperation = {
  method: 'taobao.feedflow.item.campaign.rpthourlist',
  responseRoot: 'feedflow_item_campaign_rpthourlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 超级推荐【商品推广】计划分时报表查询 — calls TOP method `taobao.feedflow.item.campaign.rpthourlist`.
 *
 * 广告主推广计划分时数据查询，支持广告主查询最近90天内某一天的计划维度分时报表数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignRpthourlist(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignRpthourlistRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignRpthourlistResponse> {
  return client.call<TaobaoFeedflowItemCampaignRpthourlistResponse>(
    {
      method: 'taobao.feedflow.item.campaign.rpthourlist',
      responseRoot: 'feedflow_item_campaign_rpthourlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/feedflow/taobao.feedflow.account.rptdailylist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.account.rptdailylist` (获取广告主分日数据). */
export interface TaobaoFeedflowAccountRptdailylistRequest {
  /** 查询条件 */
  rpt_query_d_t_o: TaobaoFeedflowAccountRptdailylistRptQueryDtoInput;
}

/** Response of `taobao.feedflow.account.rptdailylist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowAccountRptdailylistResponse {
  /** 返回结果 */
  result?: TaobaoFeedflowAccountRptdailylistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptQueryDto` of `taobao.feedflow.account.rptdailylist`. */
export interface TaobaoFeedflowAccountRptdailylistRptQueryDtoInput {
  /** 查询开始日期 */
  start_time: string;
  /** 查询结束日期 */
  end_time: string;
  /** 归因日期（有效值为3、7、15、30） */
  effect?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.account.rptdailylist`. */
export interface TaobaoFeedflowAccountRptdailylistResultDto {
  /** message */
  message?: string;
  /** 报表信息 */
  rpt_list?: TaobaoFeedflowAccountRptdailylistRptResultDto[];
  /** 是否调用成功 */
  success?: boolean;
}

/** `RptResultDto` of `taobao.feedflow.account.rptdailylist`. */
export interface TaobaoFeedflowAccountRptdailylistRptResultDto {
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
  /** 引导进店率 */
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
  /** 记录日期 */
  log_date?: string;
}

const REQUEST_SCHEMA = {
  rpt_query_d_t_o: {
    start_time: 'String',
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
        log_date: 'Date',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.account.rptdailylist`: method, response root, request and response schemas. */
export const taobaoFeedflowAccountRptdailylistOperation = {
  method: 'taobao.feedflow.account.rptdailylist',
  responseRoot: 'feedflow_account_rptdailylist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取广告主分日数据 — calls TOP method `taobao.feedflow.account.rptdailylist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowAccountRptdailylist(
  client: TopClient,
  request: TaobaoFeedflowAccountRptdailylistRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowAccountRptdailylistResponse> {
  return client.call<TaobaoFeedflowAccountRptdailylistResponse>(
    {
      method: 'taobao.feedflow.account.rptdailylist',
      responseRoot: 'feedflow_account_rptdailylist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

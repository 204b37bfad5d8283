// Generated from specs/feedflow/taobao.feedflow.account.rpthourlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.account.rpthourlist` (超级推荐广告主分时报表查询). */
export interface TaobaoFeedflowAccountRpthourlistRequest {
  /** 查询参数 */
  rpt_query: TaobaoFeedflowAccountRpthourlistRptQueryDtoInput;
}

/** Response of `taobao.feedflow.account.rpthourlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowAccountRpthourlistResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TaobaoFeedflowAccountRpthourlistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptQueryDto` of `taobao.feedflow.account.rpthourlist`. */
export interface TaobaoFeedflowAccountRpthourlistRptQueryDtoInput {
  /** 结束小时 */
  end_hour_id: Int64Input;
  /** 查询日期 */
  log_date: string;
  /** 开始小时 */
  start_hour_id: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.account.rpthourlist`. */
export interface TaobaoFeedflowAccountRpthourlistResultDto {
  /** 描述信息 */
  message?: string;
  /** 返回结果 */
  rpt_list?: TaobaoFeedflowAccountRpthourlistRptResultDto[];
  /** 总数 */
  total_count?: Int64;
  /** 返回信息 */
  result_code?: TaobaoFeedflowAccountRpthourlistResultCode;
  /** 是否成功 */
  success?: boolean;
}

/** `RptResultDto` of `taobao.feedflow.account.rpthourlist`. */
export interface TaobaoFeedflowAccountRpthourlistRptResultDto {
  /** 引导进店人数 */
  inshop_uv?: Int64;
  /** 引导进店量 */
  inshop_pv?: Int64;
  /** 点击成本 */
  ecpc?: string;
  /** 千次展现成本 */
  ecpm?: string;
  /** 有效点击数 */
  click?: Int64;
  /** 有效展现 */
  ad_pv?: Int64;
  /** 消耗 */
  charge?: string;
  /** 日期 */
  log_date?: string;
  /** 小时 */
  hour_id?: Int64;
  /** 引导进店率 */
  inshop_uv_rate?: string;
  /** 深度进店次数 */
  deep_inshop_num?: Int64;
  /** 成交订单数 */
  alipay_in_shop_num?: Int64;
  /** 拍下订单金额 */
  gmv_inshop_amt?: string;
  /** 拍下订单量 */
  gmv_inshop_num?: Int64;
  /** 加购物车数 */
  cart_num?: Int64;
  /** 收藏宝贝数 */
  inshop_item_col_num?: Int64;
  /** 拉新消耗 */
  new_f_charge?: string;
  /** 新客获取率 */
  add_new_uv_rate?: string;
  /** 新客获取量 */
  add_new_uv?: Int64;
  /** 粉丝关注量 */
  follow_number?: Int64;
  /** 平均访问页面数 */
  avg_access_page_num?: string;
  /** 平均访问时长 */
  avg_access_time?: string;
  /** 投资回报率 */
  roi?: string;
  /** 点击转化率 */
  cvr?: string;
  /** 展现转化率 */
  icvr?: string;
  /** 成交订单金额 */
  alipay_inshop_amt?: string;
}

/** `ResultCode` of `taobao.feedflow.account.rpthourlist`. */
export interface TaobaoFeedflowAccountRpthourlistResultCode {
  /** 错误信息 */
  message?: string;
  /** 返回码 */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  rpt_query: {
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
        inshop_uv: 'Number',
        inshop_pv: 'Number',
        ecpc: 'String',
        ecpm: 'String',
        click: 'Number',
        ad_pv: 'Number',
        charge: 'String',
        log_date: 'Date',
        hour_id: 'Number',
        inshop_uv_rate: 'String',
        deep_inshop_num: 'Number',
        alipay_in_shop_num: 'Number',
        gmv_inshop_amt: 'String',
        gmv_inshop_num: 'Number',
        cart_num: 'Number',
        inshop_item_col_num: 'Number',
        new_f_charge: 'String',
        add_new_uv_rate: 'String',
        add_new_uv: 'Number',
        follow_number: 'Number',
        avg_access_page_num: 'String',
        avg_access_time: 'String',
        roi: 'String',
        cvr: 'String',
        icvr: 'String',
        alipay_inshop_amt: 'String',
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

/** Static description of `taobao.feedflow.account.rpthourlist`: method, response root, request and response schemas. */
export const taobaoFeedflowAccountRpthourlistOperation = {
  method: 'taobao.feedflow.account.rpthourlist',
  responseRoot: 'feedflow_account_rpthourlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 超级推荐广告主分时报表查询 — calls TOP method `taobao.feedflow.account.rpthourlist`.
 *
 * 广告主分时报表查询，支持广告主查询最近90天内某一天的账户维度分时报表数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowAccountRpthourlist(
  client: TopClient,
  request: TaobaoFeedflowAccountRpthourlistRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowAccountRpthourlistResponse> {
  return client.call<TaobaoFeedflowAccountRpthourlistResponse>(
    {
      method: 'taobao.feedflow.account.rpthourlist',
      responseRoot: 'feedflow_account_rpthourlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

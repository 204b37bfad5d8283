// Generated from specs/simba/taobao.subway.account.offline.layeredfind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.account.offline.layeredfind` (获取账户历史报表30天转化周期). */
export interface TaobaoSubwayAccountOfflineLayeredfindRequest {
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
  /** 页码（0为第一页） */
  offset: Int64Input;
  /** 每页显示的记录条数 */
  page_size: Int64Input;
  /** 转化周期30-30天 */
  effect: Int64Input;
}

/** Response of `taobao.subway.account.offline.layeredfind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayAccountOfflineLayeredfindResponse {
  /** 返回参数 */
  result?: TaobaoSubwayAccountOfflineLayeredfindReportResultTopDTO[];
  /** 总条数 */
  total_count?: Int64;
  /** 提示 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportResultTopDTO` of `taobao.subway.account.offline.layeredfind`. */
export interface TaobaoSubwayAccountOfflineLayeredfindReportResultTopDTO {
  /** 时间 */
  thedate?: string;
  /** 展现量 */
  impression?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 花费 */
  cost?: Int64;
  /** 点击率 */
  ctr?: Int64;
  /** 平均点击花费 */
  cpc?: Int64;
  /** 千次展现花费 */
  cpm?: Int64;
  /** 总收藏数 */
  fav_total?: Int64;
  /** 收藏宝贝数 */
  fav_item_total?: Int64;
  /** 收藏店铺数 */
  fav_shop_total?: Int64;
  /** 总购物车数 */
  cart_total?: Int64;
  /** 直接购物车数 */
  direct_cart_total?: Int64;
  /** 间接购物车数 */
  indirect_cart_total?: Int64;
  /** 加购成本 */
  cart_total_cost?: Int64;
  /** 宝贝收藏成本 */
  fav_item_total_cost?: Int64;
  /** 宝贝收藏率 */
  fav_item_total_coverage?: Int64;
  /** 加购率 */
  cart_total_coverage?: Int64;
  /** 总预售成交金额 */
  epre_pay_amt?: Int64;
  /** 总预售成交笔数 */
  epre_pay_cnt?: Int64;
  /** 直接预售成交金额 */
  dir_epre_pay_amt?: Int64;
  /** 直接预售成交笔数 */
  dir_epre_pay_cnt?: Int64;
  /** 间接预售成交金额 */
  indir_epre_pay_amt?: Int64;
  /** 间接预售成交笔数 */
  indir_epre_pay_cnt?: Int64;
  /** 总成交金额 */
  transaction_total?: Int64;
  /** 直接成交金额 */
  direct_transaction?: Int64;
  /** 间接成交金额 */
  indirect_transaction?: Int64;
  /** 总成交笔数 */
  transaction_shipping_total?: Int64;
  /** 直接成交笔数 */
  direct_transaction_shipping?: Int64;
  /** 间接成交笔数 */
  indirect_transaction_shipping?: Int64;
  /** 投入产出比 */
  roi?: Int64;
  /** 点击转化率 */
  coverage?: Int64;
  /** 直接点击转化率 */
  direct_transaction_shipping_coverage?: Int64;
  /** 购物金充值笔数 */
  click_shopping_num?: Int64;
  /** 购物金充值金额 */
  click_shopping_amt?: Int64;
  /** 自然流量曝光 */
  search_impression?: Int64;
  /** 自然流量转化金额 */
  search_transaction?: Int64;
  /** 旺旺咨询量 */
  ww_cnt?: Int64;
  /** 特权订金订单支付笔数 */
  hfh_dj_cnt?: Int64;
  /** 特权订金金额 */
  hfh_dj_amt?: Int64;
  /** 尾款支付笔数 */
  hfh_ys_cnt?: Int64;
  /** 尾款金额 */
  hfh_ys_amt?: Int64;
  /** 一口价支付笔数 */
  hfh_ykj_cnt?: Int64;
  /** 一口价金额 */
  hfh_ykj_amt?: Int64;
  /** 入会量 */
  rh_cnt?: Int64;
  /** 留资量 */
  lz_cnt?: Int64;
  /** 总成交金额（单位元） */
  transaction_total_in_yuan?: Int64;
  /** 千次展现花费（单位元） */
  cpm_in_yuan?: Int64;
  /** 间接预售成交金额（单位元） */
  indir_epre_pay_amt_in_yuan?: Int64;
  /** 平均点击花费（单位元） */
  cpc_in_yuan?: Int64;
  /** 直接预售成交金额（单位元） */
  dir_epre_pay_amt_in_yuan?: Int64;
  /** 购物金充值金额（单位元） */
  click_shopping_amt_in_yuan?: Int64;
  /** 尾款金额（单位元） */
  hfh_ys_amt_in_yuan?: Int64;
  /** 加购成本（单位元） */
  cart_total_cost_in_yuan?: Int64;
  /** 直接成交金额（单位元） */
  direct_transaction_in_yuan?: Int64;
  /** 间接成交金额（单位元） */
  indirect_transaction_in_yuan?: Int64;
  /** 宝贝收藏成本（单位元） */
  fav_item_total_cost_in_yuan?: Int64;
  /** 总预售成交金额（单位元） */
  epre_pay_amt_in_yuan?: Int64;
  /** 一口价金额（单位元） */
  hfh_ykj_amt_in_yuan?: Int64;
  /** 花费（单位元） */
  cost_in_yuan?: Int64;
  /** 自然流量转化金额（单位元） */
  search_transaction_in_yuan?: Int64;
  /** 特权订金金额（单位元） */
  hfh_dj_amt_in_yuan?: Int64;
}

const REQUEST_SCHEMA = {
  start_time: 'String',
  end_time: 'String',
  offset: 'Number',
  page_size: 'Number',
  effect: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      thedate: 'String',
      impression: 'Number',
      click: 'Number',
      cost: 'Number',
      ctr: 'Number',
      cpc: 'Number',
      cpm: 'Number',
      fav_total: 'Number',
      fav_item_total: 'Number',
      fav_shop_total: 'Number',
      cart_total: 'Number',
      direct_cart_total: 'Number',
      indirect_cart_total: 'Number',
      cart_total_cost: 'Number',
      fav_item_total_cost: 'Number',
      fav_item_total_coverage: 'Number',
      cart_total_coverage: 'Number',
      epre_pay_amt: 'Number',
      epre_pay_cnt: 'Number',
      dir_epre_pay_amt: 'Number',
      dir_epre_pay_cnt: 'Number',
      indir_epre_pay_amt: 'Number',
      indir_epre_pay_cnt: 'Number',
      transaction_total: 'Number',
      direct_transaction: 'Number',
      indirect_transaction: 'Number',
      transaction_shipping_total: 'Number',
      direct_transaction_shipping: 'Number',
      indirect_transaction_shipping: 'Number',
      roi: 'Number',
      coverage: 'Number',
      direct_transaction_shipping_coverage: 'Number',
      click_shopping_num: 'Number',
      click_shopping_amt: 'Number',
      search_impression: 'Number',
      search_transaction: 'Number',
      ww_cnt: 'Number',
      hfh_dj_cnt: 'Number',
      hfh_dj_amt: 'Number',
      hfh_ys_cnt: 'Number',
      hfh_ys_amt: 'Number',
      hfh_ykj_cnt: 'Number',
      hfh_ykj_amt: 'Number',
      rh_cnt: 'Number',
      lz_cnt: 'Number',
      transaction_total_in_yuan: 'Number',
      cpm_in_yuan: 'Number',
      indir_epre_pay_amt_in_yuan: 'Number',
      cpc_in_yuan: 'Number',
      dir_epre_pay_amt_in_yuan: 'Number',
      click_shopping_amt_in_yuan: 'Number',
      hfh_ys_amt_in_yuan: 'Number',
      cart_total_cost_in_yuan: 'Number',
      direct_transaction_in_yuan: 'Number',
      indirect_transaction_in_yuan: 'Number',
      fav_item_total_cost_in_yuan: 'Number',
      epre_pay_amt_in_yuan: 'Number',
      hfh_ykj_amt_in_yuan: 'Number',
      cost_in_yuan: 'Number',
      search_transaction_in_yuan: 'Number',
      hfh_dj_amt_in_yuan: 'Number',
    },
  ],
  total_count: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.account.offline.layeredfind`: method, response root, request and response schemas. */
export const taobaoSubwayAccountOfflineLayeredfindOperation = {
  method: 'taobao.subway.account.offline.layeredfind',
  responseRoot: 'subway_account_offline_layeredfind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取账户历史报表30天转化周期 — calls TOP method `taobao.subway.account.offline.layeredfind`.
 *
 * 获取账户历史报表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayAccountOfflineLayeredfind(
  client: TopClient,
  request: TaobaoSubwayAccountOfflineLayeredfindRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayAccountOfflineLayeredfindResponse> {
  return client.call<TaobaoSubwayAccountOfflineLayeredfindResponse>(
    {
      method: 'taobao.subway.account.offline.layeredfind',
      responseRoot: 'subway_account_offline_layeredfind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

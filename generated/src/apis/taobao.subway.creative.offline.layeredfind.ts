// Generated from specs/simba/taobao.subway.creative.offline.layeredfind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.creative.offline.layeredfind` (获取创意离线报表周期30天). */
export interface TaobaoSubwayCreativeOfflineLayeredfindRequest {
  /** 数据来源（pc站内：1；pc站外：2；无限站内：4；无限站内：5；销量明星：6） */
  pv_type_in?: Int64Input;
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
  /**
   * 需要查询的创意id列表，不传表示不限制
   *
   * Max list size: 20
   */
  creative_id_in?: Int64Input[];
  /** 需要查询的创意id，不传表示不限 */
  creative_id_equal?: Int64Input;
  /** 页码（0为第一页） */
  offset: Int64Input;
  /** 每页显示的记录条数 */
  page_size: Int64Input;
  /** 转化周期30-30天 */
  effect: Int64Input;
}

/** Response of `taobao.subway.creative.offline.layeredfind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayCreativeOfflineLayeredfindResponse {
  /** 返回参数 */
  result?: TaobaoSubwayCreativeOfflineLayeredfindReportResultTopDTO[];
  /** 总条数 */
  total_count?: Int64;
  /** 提示 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportResultTopDTO` of `taobao.subway.creative.offline.layeredfind`. */
export interface TaobaoSubwayCreativeOfflineLayeredfindReportResultTopDTO {
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
  /** 计划类型（直通车搜索-无线/pc：0；智能推广计划：8；销量明星计划：16；口碑L店计划：17；新享一键推广计划-独立结算账户(策略中心)：21；超级直播-一键推广计划（策略中心：订单模式、计划不复用：22；大快消一键推广计划（策略中心）：23；超级直播-持续推广计划（策略中心:计划模式、可复用、类似单品）：24；合约广告、流量卡计划：31；极速推计划：37；AI智投：38；） */
  campaign_type?: Int64;
  /** 尾款金额（单位元） */
  hfh_ys_amt_in_yuan?: Int64;
  /** 计划id */
  campaign_id?: string;
  /** 加购成本（单位元） */
  cart_total_cost_in_yuan?: Int64;
  /** 直接成交金额（单位元） */
  direct_transaction_in_yuan?: Int64;
  /** 间接成交金额（单位元） */
  indirect_transaction_in_yuan?: Int64;
  /** 计划标题 */
  campaign_title?: string;
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
  /** 计划类型名称 */
  campaign_type_name?: string;
  /** 单元标题 */
  adgroup_title?: string;
  /** 单元id */
  adgroup_id?: Int64;
  /** 商品id */
  item_id?: Int64;
  /** 跳转链接（商品详情页） */
  linkurl?: string;
  /** 创意图片url */
  img_url?: string;
  /** 特权订金金额（单位元） */
  hfh_dj_amt_in_yuan?: Int64;
  /** 创意id */
  creativeid?: Int64;
  /** 创意标题 */
  creative_title?: string;
}

const REQUEST_SCHEMA = {
  pv_type_in: 'Number',
  start_time: 'String',
  end_time: 'String',
  creative_id_in: ['Number'],
  creative_id_equal: 'Number',
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
      campaign_type: 'Number',
      hfh_ys_amt_in_yuan: 'Number',
      campaign_id: 'String',
      cart_total_cost_in_yuan: 'Number',
      direct_transaction_in_yuan: 'Number',
      indirect_transaction_in_yuan: 'Number',
      campaign_title: 'String',
      fav_item_total_cost_in_yuan: 'Number',
      epre_pay_amt_in_yuan: 'Number',
      hfh_ykj_amt_in_yuan: 'Number',
      cost_in_yuan: 'Number',
      search_transaction_in_yuan: 'Number',
      campaign_type_name: 'String',
      adgroup_title: 'String',
      adgroup_id: 'Number',
      item_id: 'Number',
      linkurl: 'String',
      img_url: 'String',
      hfh_dj_amt_in_yuan: 'Number',
      creativeid: 'Number',
      creative_title: 'String',
    },
  ],
  total_count: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.creative.offline.layeredfind`: method, response root, request and response schemas. */
export const taobaoSubwayCreativeOfflineLayeredfindOperation = {
  method: 'taobao.subway.creative.offline.layeredfind',
  responseRoot: 'subway_creative_offline_layeredfind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取创意离线报表周期30天 — calls TOP method `taobao.subway.creative.offline.layeredfind`.
 *
 * 获取创意离线报表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayCreativeOfflineLayeredfind(
  client: TopClient,
  request: TaobaoSubwayCreativeOfflineLayeredfindRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayCreativeOfflineLayeredfindResponse> {
  return client.call<TaobaoSubwayCreativeOfflineLayeredfindResponse>(
    {
      method: 'taobao.subway.creative.offline.layeredfind',
      responseRoot: 'subway_creative_offline_layeredfind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

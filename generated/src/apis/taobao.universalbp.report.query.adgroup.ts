// Generated from specs/simba/taobao.universalbp.report.query.adgroup.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.report.query.adgroup` (单元报表查询). */
export interface TaobaoUniversalbpReportQueryAdgroupRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpReportQueryAdgroupTopServiceContextInput;
  /** topAdgroupReportQueryVO */
  top_adgroup_report_query_v_o: TaobaoUniversalbpReportQueryAdgroupTopAdgroupReportQueryVoInput;
}

/** Response of `taobao.universalbp.report.query.adgroup`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpReportQueryAdgroupResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpReportQueryAdgroupTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `TopAdgroupReportQueryVo` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopAdgroupReportQueryVoInput {
  /** 是否分页 */
  by_page: boolean;
  /** 汇总类型 sum-汇总,hour-分时,day-分天,week-分周,month-分月 */
  split_type: string;
  /** 归因口径，zhai-末次点击归因， mta-mta归因 */
  unify_type: string;
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
  /** 归因周期，1、3、7、15、30 */
  effect_equal: Int64Input;
  /** 聚合维度，adgroup-单元，date-时间，campaign-营销场景 */
  query_domains: string[];
  /** 查询指标必填，与bp页面一致，具体可用值，看返回字段中reportIndex字段，下划线改为驼峰形式 */
  query_field_in_list: string[];
  /** 省份筛选 */
  province_id_in_list?: Int64Input[];
  /** 优化目标筛选 */
  strategy_optimize_target_in_list?: Int64Input[];
  /** 计划id筛选 */
  strategy_campaign_id_in_list?: Int64Input[];
  /** 单元id筛选 */
  strategy_adgroup_id_in_list?: Int64Input[];
  /** 流量来源资源包id筛选 */
  adzone_pkg_id_in_list?: Int64Input[];
  /** 计划id和名称筛选项 */
  strategy_campaign_id_or_name?: string;
  /** 宝贝id或者名称筛选 */
  item_id_or_name?: string;
  /** 单元id或者名称筛选 */
  strategy_adgroup_id_or_name?: string;
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpReportQueryAdgroupTopInfo;
  /** 结果集 */
  top_report_v_o_top_bulk_data?: TaobaoUniversalbpReportQueryAdgroupTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopBulkData {
  /** 批量结果集 */
  top_report_v_o_list?: TaobaoUniversalbpReportQueryAdgroupTopReportVo[];
  /** 数量 */
  count?: Int64;
}

/** `TopReportVo` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopReportVo {
  /** 场景code */
  biz_code?: string;
  /** 场景名称 */
  scene1_name?: string;
  /** 日期 */
  thedate?: string;
  /** 计划id */
  campaign_id?: string;
  /** 计划名称 */
  campaign_name?: string;
  /** 单元id */
  adgroup_id?: string;
  /** 单元名称 */
  adgroup_name?: string;
  /** 关键词id */
  bidword_id?: string;
  /** 关键词/词包名称 */
  original_word?: string;
  /** 关键词包id */
  bidword_pkg_id?: string;
  /** 词的类型 */
  bid_word_type?: string;
  /** 推广宝贝id */
  promotion_id?: string;
  /** 推广宝贝名称 */
  promotion_name?: string;
  /** 推广宝贝图片地址 */
  img_url?: string;
  /** 推广宝贝跳转地址 */
  link_url?: string;
  /** 人群名称 */
  crowd_name?: string;
  /** 创意id */
  creative_id?: string;
  /** 创意名称 */
  creative_name?: string;
  /** 创意图片地址 */
  creative_image_path?: string;
  /** 创意视频地址 */
  creative_vedio_path?: string;
  /** 创意尺寸 */
  creative_size?: string;
  /** 黑盒创意的 宝贝id，当创意id为 -1 时使用 */
  black_creative_promotion_id?: string;
  /** 黑盒创意 宝贝主体类型，当创意id为 -1 时使用 */
  black_creative_promotion_type?: string;
  /** 省份id */
  province_id?: string;
  /** 省份名称 */
  province_name?: string;
  /** 城市id */
  city_id?: string;
  /** 城市名称 */
  city_name?: string;
  /** 报表指标集合对象 */
  report_index?: TaobaoUniversalbpReportQueryAdgroupTopReportIndexVo;
}

/** `TopReportIndexVo` of `taobao.universalbp.report.query.adgroup`. */
export interface TaobaoUniversalbpReportQueryAdgroupTopReportIndexVo {
  /** 总花费 */
  total_charge?: string;
  /** 消费者运营花费 */
  crowd_scene_charge?: string;
  /** 货品运营花费 */
  item_scene_charge?: string;
  /** 活动运营花费 */
  activity_scene_charge?: string;
  /** 人群场景花费 */
  display_charge?: string;
  /** 关键词花费 */
  search_charge?: string;
  /** 内容场景花费 */
  content_scene_charge?: string;
  /** 店铺运营场景花费 */
  shop_scene_charge?: string;
  /** 展现量 */
  ad_pv?: string;
  /** 点击量 */
  click?: string;
  /** 花费 */
  charge?: string;
  /** 点击率 */
  ctr?: string;
  /** 平均点击花费 */
  ecpc?: string;
  /** 千次展现花费 */
  ecpm?: string;
  /** 总预售成交金额 */
  prepay_inshop_amt?: string;
  /** 总预售成交笔数 */
  prepay_inshop_num?: string;
  /** 直接预售成交金额 */
  prepay_dir_amt?: string;
  /** 直接预售成交笔数 */
  prepay_dir_num?: string;
  /** 间接预售成交金额 */
  prepay_indir_amt?: string;
  /** 间接预售成交笔数 */
  prepay_indir_num?: string;
  /** 直接成交金额 */
  alipay_dir_amt?: string;
  /** 间接成交金额 */
  alipay_indir_amt?: string;
  /** 总成交金额 */
  alipay_inshop_amt?: string;
  /** 总成交笔数 */
  alipay_inshop_num?: string;
  /** 直接成交笔数 */
  alipay_dir_num?: string;
  /** 间接成交笔数 */
  alipay_indir_num?: string;
  /** 成交转化率 */
  cvr?: string;
  /** 投入产出比 */
  roi?: string;
  /** 总成交成本 */
  alipay_inshop_cost?: string;
  /** 总购物车数 */
  cart_inshop_num?: string;
  /** 直接购物车数 */
  cart_dir_num?: string;
  /** 间接购物车数 */
  cart_indir_num?: string;
  /** 加购率 */
  cart_rate?: string;
  /** 收藏宝贝数 */
  item_col_inshop_num?: string;
  /** 收藏店铺数 */
  shop_col_dir_num?: string;
  /** 店铺收藏成本 */
  shop_col_inshop_cost?: string;
  /** 总收藏加购数 */
  col_cart_num?: string;
  /** 总收藏加购成本 */
  col_cart_cost?: string;
  /** 宝贝收藏加购数 */
  item_col_cart?: string;
  /** 宝贝收藏加购成本 */
  item_col_cart_cost?: string;
  /** 总收藏数 */
  col_num?: string;
  /** 宝贝收藏成本 */
  item_col_inshop_cost?: string;
  /** 宝贝收藏率 */
  item_col_inshop_rate?: string;
  /** 加购成本 */
  cart_cost?: string;
  /** 拍下订单笔数 */
  gmv_inshop_num?: string;
  /** 拍下订单金额 */
  gmv_inshop_amt?: string;
  /** 直接收藏宝贝数 */
  item_col_dir_num?: string;
  /** 间接收藏宝贝数 */
  item_col_indir_num?: string;
  /** 优惠券领取量 */
  coupon_shop_num?: string;
  /** 购物金充值笔数 */
  shopping_num?: string;
  /** 购物金充值金额 */
  shopping_amt?: string;
  /** 旺旺咨询量 */
  ww_num?: string;
  /** 引导访问量 */
  inshop_pv?: string;
  /** 引导访问人数 */
  inshop_uv?: string;
  /** 引导访问潜客数 */
  inshop_potential_uv?: string;
  /** 引导访问潜客占比 */
  inshop_potential_uv_rate?: string;
  /** 入会率 */
  rh_rate?: string;
  /** 入会量 */
  rh_num?: string;
  /** 引导访问率 */
  inshop_pv_rate?: string;
  /** 深度访问量 */
  deep_inshop_pv?: string;
  /** 平均访问页面数 */
  avg_access_page_num?: string;
  /** 成交新客数 */
  new_alipay_inshop_uv?: string;
  /** 成交新客占比 */
  new_alipay_inshop_uv_rate?: string;
  /** 会员首购人数 */
  hy_sg_uv?: string;
  /** 会员成交金额 */
  hy_pay_amt?: string;
  /** 会员成交笔数 */
  hy_pay_num?: string;
  /** 自然流量转化金额 */
  natural_pay_amt?: string;
  /** 自然流量曝光量 */
  org_natural_pv?: string;
  /** 成交人数 */
  alipay_inshop_uv?: string;
  /** 人均成交笔数 */
  alipay_inshop_num_avg?: string;
  /** 人均成交金额 */
  alipay_inshop_amt_avg?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  top_adgroup_report_query_v_o: {
    by_page: 'Boolean',
    split_type: 'String',
    unify_type: 'String',
    start_time: 'String',
    end_time: 'String',
    effect_equal: 'Number',
    query_domains: ['String'],
    query_field_in_list: ['String'],
    province_id_in_list: ['Number'],
    strategy_optimize_target_in_list: ['Number'],
    strategy_campaign_id_in_list: ['Number'],
    strategy_adgroup_id_in_list: ['Number'],
    adzone_pkg_id_in_list: ['Number'],
    strategy_campaign_id_or_name: 'String',
    item_id_or_name: 'String',
    strategy_adgroup_id_or_name: 'String',
    offset: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    top_report_v_o_top_bulk_data: {
      top_report_v_o_list: [
        {
          biz_code: 'String',
          scene1_name: 'String',
          thedate: 'String',
          campaign_id: 'String',
          campaign_name: 'String',
          adgroup_id: 'String',
          adgroup_name: 'String',
          bidword_id: 'String',
          original_word: 'String',
          bidword_pkg_id: 'String',
          bid_word_type: 'String',
          promotion_id: 'String',
          promotion_name: 'String',
          img_url: 'String',
          link_url: 'String',
          crowd_name: 'String',
          creative_id: 'String',
          creative_name: 'String',
          creative_image_path: 'String',
          creative_vedio_path: 'String',
          creative_size: 'String',
          black_creative_promotion_id: 'String',
          black_creative_promotion_type: 'String',
          province_id: 'String',
          province_name: 'String',
          city_id: 'String',
          city_name: 'String',
          report_index: {
            total_charge: 'String',
            crowd_scene_charge: 'String',
            item_scene_charge: 'String',
            activity_scene_charge: 'String',
            display_charge: 'String',
            search_charge: 'String',
            content_scene_charge: 'String',
            shop_scene_charge: 'String',
            ad_pv: 'String',
            click: 'String',
            charge: 'String',
            ctr: 'String',
            ecpc: 'String',
            ecpm: 'String',
            prepay_inshop_amt: 'String',
            prepay_inshop_num: 'String',
            prepay_dir_amt: 'String',
            prepay_dir_num: 'String',
            prepay_indir_amt: 'String',
            prepay_indir_num: 'String',
            alipay_dir_amt: 'String',
            alipay_indir_amt: 'String',
            alipay_inshop_amt: 'String',
            alipay_inshop_num: 'String',
            alipay_dir_num: 'String',
            alipay_indir_num: 'String',
            cvr: 'String',
            roi: 'String',
            alipay_inshop_cost: 'String',
            cart_inshop_num: 'String',
            cart_dir_num: 'String',
            cart_indir_num: 'String',
            cart_rate: 'String',
            item_col_inshop_num: 'String',
            shop_col_dir_num: 'String',
            shop_col_inshop_cost: 'String',
            col_cart_num: 'String',
            col_cart_cost: 'String',
            item_col_cart: 'String',
            item_col_cart_cost: 'String',
            col_num: 'String',
            item_col_inshop_cost: 'String',
            item_col_inshop_rate: 'String',
            cart_cost: 'String',
            gmv_inshop_num: 'String',
            gmv_inshop_amt: 'String',
            item_col_dir_num: 'String',
            item_col_indir_num: 'String',
            coupon_shop_num: 'String',
            shopping_num: 'String',
            shopping_amt: 'String',
            ww_num: 'String',
            inshop_pv: 'String',
            inshop_uv: 'String',
            inshop_potential_uv: 'String',
            inshop_potential_uv_rate: 'String',
            rh_rate: 'String',
            rh_num: 'String',
            inshop_pv_rate: 'String',
            deep_inshop_pv: 'String',
            avg_access_page_num: 'String',
            new_alipay_inshop_uv: 'String',
            new_alipay_inshop_uv_rate: 'String',
            hy_sg_uv: 'String',
            hy_pay_amt: 'String',
            hy_pay_num: 'String',
            natural_pay_amt: 'String',
            org_natural_pv: 'String',
            alipay_inshop_uv: 'String',
            alipay_inshop_num_avg: 'String',
            alipay_inshop_amt_avg: 'String',
          },
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.report.query.adgroup`: method, response root, request and response schemas. */
export const taobaoUniversalbpReportQueryAdgroupOperation = {
  method: 'taobao.universalbp.report.query.adgroup',
  responseRoot: 'universalbp_report_query_adgroup_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单元报表查询 — calls TOP method `taobao.universalbp.report.query.adgroup`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpReportQueryAdgroup(
  client: TopClient,
  request: TaobaoUniversalbpReportQueryAdgroupRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpReportQueryAdgroupResponse> {
  return client.call<TaobaoUniversalbpReportQueryAdgroupResponse>(
    {
      method: 'taobao.universalbp.report.query.adgroup',
      responseRoot: 'universalbp_report_query_adgroup_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

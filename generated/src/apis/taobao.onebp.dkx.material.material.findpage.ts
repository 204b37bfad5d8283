// Generated from specs/scs/taobao.onebp.dkx.material.material.findpage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.material.material.findpage` (获取商品池). */
export interface TaobaoOnebpDkxMaterialMaterialFindpageRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxMaterialMaterialFindpageApiServiceContextInput;
  /** 创意数据 */
  material_query: TaobaoOnebpDkxMaterialMaterialFindpageMaterialQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.material.material.findpage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxMaterialMaterialFindpageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageApiServiceContextInput {
  /** api业务线编码。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `MaterialQueryTopDto` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageMaterialQueryTopDtoInput {
  /** 各个场景的对应值为：各个场景对应的值为：拉新快--拉新快204，首单直降205，派样拉新216，入会快--入会拉新213，老会员激活213，货品加速--货品加速211，上新快--行业新品207，新品首降214，预热蓄水--预热蓄水219 */
  tag_id?: Int64Input;
  /** 页码 */
  offset?: Int64Input;
  /** 场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `ResultDto` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  material_result_top_d_t_o_list?: TaobaoOnebpDkxMaterialMaterialFindpageMaterialResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxMaterialMaterialFindpageResultCode;
}

/** `MaterialResultTopDto` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageMaterialResultTopDto {
  /** materialId */
  material_id?: Int64;
  /** title */
  title?: string;
  /** linkUrl */
  link_url?: string;
  /** imgUrl */
  img_url?: string;
  /** status */
  status?: Int64;
  /** materialType */
  material_type?: Int64;
  /** contentEntityType */
  content_entity_type?: Int64;
  /** liveStartTime */
  live_start_time?: string;
  /** liveEndTime */
  live_end_time?: string;
  /** publishTime */
  publish_time?: string;
  /** itemIdListInLive */
  item_id_list_in_live_list?: Int64[];
  /** darenName */
  daren_name?: string;
  /** timingStart */
  timing_start?: boolean;
  /** contentBizType */
  content_biz_type?: Int64;
  /** multiImageURL */
  multi_image_u_r_l_list?: string[];
  /** wirelessLongImageURL */
  wireless_long_image_url?: string;
  /** categoryId */
  category_id?: string;
  /** price */
  price?: string;
  /** quantity */
  quantity?: Int64;
  /** bidCount */
  bid_count?: Int64;
  /** starts */
  starts?: string;
  /** categoryLevel1 */
  category_level1?: Int64;
  /** recommendScore */
  recommend_score?: Int64;
  /** recommendTagList */
  recommend_tag_list?: string[];
  /** showTagInfoList */
  show_tag_info_list?: TaobaoOnebpDkxMaterialMaterialFindpageShowTagTopDto[];
  /** mediaTypeNames */
  media_type_names_list?: string[];
  /** createTime */
  create_time?: string;
  /** modifyTime */
  modify_time?: string;
  /** videoDuration */
  video_duration?: Int64;
  /** reportInfoList */
  report_info_list?: TaobaoOnebpDkxMaterialMaterialFindpageReportResultTopDto[];
  /** launchCount */
  launch_count?: Int64;
  /** totalOrderAmount */
  total_order_amount?: string;
  /** unlockRptIndex */
  unlock_rpt_index?: boolean;
}

/** `ShowTagTopDto` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageShowTagTopDto {
  /** tagId */
  tag_id?: Int64;
  /** order */
  order?: Int64;
  /** color */
  color?: string;
  /** showTag */
  show_tag?: string;
  /** tips */
  tips?: string;
  /** skip */
  skip?: boolean;
}

/** `ReportResultTopDto` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageReportResultTopDto {
  /** 按小时维度划分的小时ID */
  hour_id?: Int64;
  /** 按天维度划分的日期 */
  log_date?: string;
  /** 展现数 */
  ad_pv?: Int64;
  /** 点击数 */
  click?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 千次展现成本 */
  ecpm?: string;
  /** 消耗 */
  charge?: string;
  /** 点击成本 */
  ecpc?: string;
  /** 加购量 */
  car_num?: Int64;
  /** 直接加购量 */
  dir_car_num?: Int64;
  /** 间接加购量 */
  indir_car_num?: Int64;
  /** 收藏量 */
  inshop_item_col_num?: Int64;
  /** 收藏加购成本 */
  inshop_item_col_car_num_cost?: Int64;
  /** 成交金额 */
  alipay_inshop_amt?: string;
  /** 成交笔数 */
  alipay_inshop_num?: Int64;
  /** 成交转化率 */
  cvr?: string;
  /** ROI */
  roi?: string;
  /** 预售成交笔数 */
  prepay_inshop_amt?: string;
  /** 预售成交金额 */
  prepay_inshop_num?: Int64;
  /** 新客成交金额贡献占比 */
  no_lalipay_inshop_amt_proprtion?: string;
  /** 直接成交笔数 */
  dir_alipay_inshop_num?: Int64;
  /** 直接成交金额 */
  dir_alipay_inshop_amt?: string;
  /** 间接成交笔数 */
  indir_alipay_inshop_num?: Int64;
  /** 间接成交金额 */
  indir_alipay_inshop_amt?: string;
  /** 派样量 */
  sample_alipay_num?: Int64;
  /** 派样成交金额 */
  sample_alipay_amt?: string;
  /** 加购量 */
  car_num_kuan?: Int64;
  /** 直接加购量 */
  dir_car_num_kuan?: Int64;
  /** 间接加购量 */
  indir_car_num_kuan?: Int64;
  /** 收藏量 */
  inshop_item_col_num_kuan?: Int64;
  /** 收藏加购成本 */
  inshop_item_col_car_num_cost_kuan?: Int64;
  /** 成交金额 */
  alipay_inshop_amt_kuan?: string;
  /** 成交笔数 */
  alipay_inshop_num_kuan?: Int64;
  /** 成交转化率 */
  cvr_kuan?: string;
  /** ROI */
  roi_kuan?: string;
  /** 预售成交笔数 */
  prepay_inshop_amt_kuan?: string;
  /** 预售成交金额 */
  prepay_inshop_num_kuan?: Int64;
  /** 新客成交金额贡献占比 */
  no_lalipay_inshop_amt_proprtion_kuan?: string;
  /** 直接成交笔数 */
  dir_alipay_inshop_num_kuan?: Int64;
  /** 直接成交金额 */
  dir_alipay_inshop_amt_kuan?: string;
  /** 间接成交笔数 */
  indir_alipay_inshop_num_kuan?: Int64;
  /** 间接成交金额 */
  indir_alipay_inshop_amt_kuan?: string;
  /** 派样量 */
  sample_alipay_num_kuan?: Int64;
  /** 派样成交金额 */
  sample_alipay_amt_kuan?: string;
  /** 计划ID */
  campaign_id?: Int64;
}

/** `ResultCode` of `taobao.onebp.dkx.material.material.findpage`. */
export interface TaobaoOnebpDkxMaterialMaterialFindpageResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  material_query: {
    tag_id: 'Number',
    offset: 'Number',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    material_result_top_d_t_o_list: [
      {
        material_id: 'Number',
        title: 'String',
        link_url: 'String',
        img_url: 'String',
        status: 'Number',
        material_type: 'Number',
        content_entity_type: 'Number',
        live_start_time: 'String',
        live_end_time: 'String',
        publish_time: 'String',
        item_id_list_in_live_list: ['Number'],
        daren_name: 'String',
        timing_start: 'Boolean',
        content_biz_type: 'Number',
        multi_image_u_r_l_list: ['String'],
        wireless_long_image_url: 'String',
        category_id: 'String',
        price: 'String',
        quantity: 'Number',
        bid_count: 'Number',
        starts: 'String',
        category_level1: 'Number',
        recommend_score: 'Number',
        recommend_tag_list: ['String'],
        show_tag_info_list: [
          {
            tag_id: 'Number',
            order: 'Number',
            color: 'String',
            show_tag: 'String',
            tips: 'String',
            skip: 'Boolean',
          },
        ],
        media_type_names_list: ['String'],
        create_time: 'String',
        modify_time: 'String',
        video_duration: 'Number',
        report_info_list: [
          {
            hour_id: 'Number',
            log_date: 'String',
            ad_pv: 'Number',
            click: 'Number',
            ctr: 'String',
            ecpm: 'String',
            charge: 'String',
            ecpc: 'String',
            car_num: 'Number',
            dir_car_num: 'Number',
            indir_car_num: 'Number',
            inshop_item_col_num: 'Number',
            inshop_item_col_car_num_cost: 'Number',
            alipay_inshop_amt: 'String',
            alipay_inshop_num: 'Number',
            cvr: 'String',
            roi: 'String',
            prepay_inshop_amt: 'String',
            prepay_inshop_num: 'Number',
            no_lalipay_inshop_amt_proprtion: 'String',
            dir_alipay_inshop_num: 'Number',
            dir_alipay_inshop_amt: 'String',
            indir_alipay_inshop_num: 'Number',
            indir_alipay_inshop_amt: 'String',
            sample_alipay_num: 'Number',
            sample_alipay_amt: 'String',
            car_num_kuan: 'Number',
            dir_car_num_kuan: 'Number',
            indir_car_num_kuan: 'Number',
            inshop_item_col_num_kuan: 'Number',
            inshop_item_col_car_num_cost_kuan: 'Number',
            alipay_inshop_amt_kuan: 'String',
            alipay_inshop_num_kuan: 'Number',
            cvr_kuan: 'String',
            roi_kuan: 'String',
            prepay_inshop_amt_kuan: 'String',
            prepay_inshop_num_kuan: 'Number',
            no_lalipay_inshop_amt_proprtion_kuan: 'String',
            dir_alipay_inshop_num_kuan: 'Number',
            dir_alipay_inshop_amt_kuan: 'String',
            indir_alipay_inshop_num_kuan: 'Number',
            indir_alipay_inshop_amt_kuan: 'String',
            sample_alipay_num_kuan: 'Number',
            sample_alipay_amt_kuan: 'String',
            campaign_id: 'Number',
          },
        ],
        launch_count: 'Number',
        total_order_amount: 'String',
        unlock_rpt_index: 'Boolean',
      },
    ],
    total_count: 'Number',
    message: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.material.material.findpage`: method, response root, request and response schemas. */
export const taobaoOnebpDkxMaterialMaterialFindpageOperation = {
  method: 'taobao.onebp.dkx.material.material.findpage',
  responseRoot: 'onebp_dkx_material_material_findpage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商品池 — calls TOP method `taobao.onebp.dkx.material.material.findpage`.
 *
 * 获取商品池。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxMaterialMaterialFindpage(
  client: TopClient,
  request: TaobaoOnebpDkxMaterialMaterialFindpageRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxMaterialMaterialFindpageResponse> {
  return client.call<TaobaoOnebpDkxMaterialMaterialFindpageResponse>(
    {
      method: 'taobao.onebp.dkx.material.material.findpage',
      responseRoot: 'onebp_dkx_material_material_findpage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

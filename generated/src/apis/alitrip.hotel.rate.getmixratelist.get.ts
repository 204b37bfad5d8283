// Generated from specs/hotel/alitrip.hotel.rate.getmixratelist.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.rate.getmixratelist.get` (酒店评论接口). */
export interface AlitripHotelRateGetmixratelistGetRequest {
  /** 评论参数 */
  param_get_mix_rate_list_param?: AlitripHotelRateGetmixratelistGetGetMixRateListParamInput;
}

/** Response of `alitrip.hotel.rate.getmixratelist.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelRateGetmixratelistGetResponse {
  /** result */
  result?: AlitripHotelRateGetmixratelistGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetMixRateListParam` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetGetMixRateListParamInput {
  /** 业务类型 */
  item_id: Int64Input;
  /** 用于嵌入页截断显示 */
  limit: Int64Input;
  /** 是否加载顶踩数据，为0不加载，为1加载 */
  load_attitude?: Int64Input;
  /** 是否加载回复数据，为0不加载，为1加载 */
  load_reply?: Int64Input;
  /** 页面号，第几页 */
  page_no: Int64Input;
  /** 页面包含的记录数 */
  page_size?: Int64Input;
  /** 酒店评论类型筛选 */
  tab_filter?: string;
}

/** `Result` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetResult {
  /** bizExtMap */
  biz_ext_map?: AlitripHotelRateGetmixratelistGetBizextmap;
  /** headers */
  headers?: AlitripHotelRateGetmixratelistGetHeaders;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** mappingCode */
  mapping_code?: string;
  /** model */
  model?: AlitripHotelRateGetmixratelistGetGetMixRateListResult;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `Bizextmap` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetBizextmap {
  /** empty */
  empty?: boolean;
}

/** `Headers` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetHeaders {
  /** empty */
  empty?: boolean;
}

/** `GetMixRateListResult` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetGetMixRateListResult {
  /** 附加属性 */
  attributes?: AlitripHotelRateGetmixratelistGetAttributes;
  /** 页面布局信息 */
  config_info?: string;
  /** debugInfo */
  debug_info?: string;
  /** degrade */
  degrade?: boolean;
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
  /** 是否可以向下翻页，0不可以，1可以 */
  has_next_page?: Int64;
  /** 服务器主机名称，排查问题使用 */
  host_name?: string;
  /** 统计项 */
  item_statistic?: AlitripHotelRateGetmixratelistGetItemStatisticVo;
  /** 商品评论列表 */
  mix_rates?: AlitripHotelRateGetmixratelistGetMixRateVo[];
  /** success */
  success?: boolean;
  /** 总记录数 */
  total_num?: Int64;
}

/** `Attributes` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetAttributes {
  /** key */
  key?: string;
}

/** `ItemStatisticVo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetItemStatisticVo {
  /** 最佳得分项 */
  best_item?: string;
  /** 五分制标记, 1为五分制， 0为十分制 */
  is_five_grade?: Int64;
  /** 评论总数 */
  rate_cnt?: Int64;
  /** 有图的评论总数 */
  rate_pic_cnt?: Int64;
  /** 推荐率 */
  recommend_str?: string;
  /** tab信息 */
  room_tab_infos?: AlitripHotelRateGetmixratelistGetTabInfo[];
  /** 评分描述： 非常好 */
  score_desc?: string;
  /** 评分详情，json格式 */
  score_detail?: string;
  /** 不同分数的数量 */
  score_infos?: AlitripHotelRateGetmixratelistGetScoreInfo[];
  /** 评分星级 */
  score_level?: Int64;
  /** source来源 0自采 1共享 21agoda 22艺龙 23tripAdvisor */
  source?: Int64;
  /** tab信息 */
  tab_infos?: AlitripHotelRateGetmixratelistGetTabInfo[];
  /** 热词显示的行数 */
  tab_show_lines?: Int64;
  /** 总评分 */
  total_score?: string;
  /** 旅游商品信息id */
  travel_item_id?: Int64;
  /** 旅游商品信息 */
  travel_item_info?: string;
  /** tripAdv评论数 */
  trip_advate_cnt?: Int64;
}

/** `TabInfo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetTabInfo {
  /** 标签的态度 1好 0中性 -1 差 */
  attitude?: Int64;
  /** tab是否点击 */
  is_click?: boolean;
  /** tab编码 */
  tab_code?: string;
  /** tab下的统计数据 */
  tab_detail?: string;
  /** tabId */
  tab_id?: Int64;
  /** tab名称 */
  tab_name?: string;
  /** tab对应的埋点名 */
  tab_track?: string;
  /** 标签的类型 0正常 1热词 2房型 3度假 */
  type?: Int64;
}

/** `ScoreInfo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetScoreInfo {
  /** count */
  count?: Int64;
  /** desc */
  desc?: string;
  /** label */
  label?: string;
  /** score */
  score?: string;
}

/** `MixRateVo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetMixRateVo {
  /** 顶数量 */
  agree_count?: Int64;
  /** 所有顶过的所有用户id */
  agree_user_ids?: Int64[];
  /** 业务类型 */
  biz_type?: Int64;
  /** content */
  content?: string;
  /** 踩数量 */
  disagree_count?: Int64;
  /** 所有踩过的所有用户id */
  disagree_user_ids?: Int64[];
  /** gmtCreate */
  gmt_create?: string;
  /** id */
  id?: Int64;
  /** 旅游商品id，对应于ItemRateDO中的travelItemId */
  item_id?: Int64;
  /** 旅游商品信息 */
  item_info?: string;
  /** 商品评论ID */
  item_rate_id?: Int64;
  /** 所有商品评论回复 */
  item_replies?: AlitripHotelRateGetmixratelistGetItemRateReplyVo[];
  /** 点赞数据 */
  like?: AlitripHotelRateGetmixratelistGetLikeTargetCount;
  /** mediaInfo */
  media_info?: string;
  /** 预定id */
  order_id?: Int64;
  /** 预定信息 */
  order_info?: string;
  /** 图片链接 */
  picture_urls?: string[];
  /** POI固定文本 */
  poi_str?: string;
  /** 跳转链接 */
  redirect_url?: string;
  /** 回复数量 */
  reply_count?: Int64;
  /** scoreDetail */
  score_detail?: string;
  /** 取件方式:邮寄;套餐类型:7天 4GB 3G流量+无限 2G流量 */
  sku?: string;
  /** 点评来源 */
  source?: Int64;
  /** 点评来源名称 */
  source_type_name?: string;
  /** 以上点评来自TripAdvisor. */
  split_line_content?: string;
  /** 状态 */
  status?: Int64;
  /** 标签 */
  tag_info?: string;
  /** 标题 */
  title?: string;
  /** 总分 */
  total_score?: Int64;
  /** 行程名称 */
  travel_name?: string;
  /** 航旅标准商品子类型id */
  travel_sub_item_id?: Int64;
  /** 航旅标准商品子类型id */
  travel_sub_item_info?: string;
  /** 行程ID */
  trip_guid_id?: Int64;
  /** ttid */
  ttid?: string;
  /** 用户头像 */
  user_icon?: string;
  /** 脱敏后的用户id */
  user_id?: Int64;
  /** 脱敏后的用户名字 */
  user_nick?: string;
  /** 用户星级 */
  user_star?: Int64;
}

/** `ItemRateReplyVo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetItemRateReplyVo {
  /** 内容 */
  content?: string;
  /** 评论时间 */
  gmt_create?: string;
  /** intervalDay */
  interval_day?: Int64;
  /** 图片信息,图片URL的list */
  media_info?: string;
  /** 回复的是那一条，如果是回复主评为0，否则为追评id，组成树形结构 */
  parent_id?: Int64;
  /** 被回复人的冗余信息 */
  parent_info?: AlitripHotelRateGetmixratelistGetParentInfo;
  /** replyId */
  reply_id?: Int64;
  /** 恢复类型 */
  reply_type?: Int64;
  /** 脱敏后的userId */
  user_id?: Int64;
  /** 脱敏后的用户名字 */
  user_nick?: string;
}

/** `ParentInfo` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetParentInfo {
  /** 脱敏后的userId */
  user_id?: Int64;
  /** 脱敏后的用户名字 */
  user_nick?: string;
}

/** `LikeTargetCount` of `alitrip.hotel.rate.getmixratelist.get`. */
export interface AlitripHotelRateGetmixratelistGetLikeTargetCount {
  /** count */
  count?: Int64;
  /** targetId */
  target_id?: Int64;
  /** voted */
  voted?: boolean;
}

const REQUEST_SCHEMA = {
  param_get_mix_rate_list_param: {
    item_id: 'Number',
    limit: 'Number',
    load_attitude: 'Number',
    load_reply: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    tab_filter: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_ext_map: {
      empty: 'Boolean',
    },
    headers: {
      empty: 'Boolean',
    },
    http_status_code: 'Number',
    mapping_code: 'String',
    model: {
      attributes: {
        key: 'String',
      },
      config_info: 'String',
      debug_info: 'String',
      degrade: 'Boolean',
      err_code: 'String',
      err_msg: 'String',
      has_next_page: 'Number',
      host_name: 'String',
      item_statistic: {
        best_item: 'String',
        is_five_grade: 'Number',
        rate_cnt: 'Number',
        rate_pic_cnt: 'Number',
        recommend_str: 'String',
        room_tab_infos: [
          {
            attitude: 'Number',
            is_click: 'Boolean',
            tab_code: 'String',
            tab_detail: 'String',
            tab_id: 'Number',
            tab_name: 'String',
            tab_track: 'String',
            type: 'Number',
          },
        ],
        score_desc: 'String',
        score_detail: 'String',
        score_infos: [
          {
            count: 'Number',
            desc: 'String',
            label: 'String',
            score: 'String',
          },
        ],
        score_level: 'Number',
        source: 'Number',
        tab_infos: [
          {
            attitude: 'Number',
            is_click: 'Boolean',
            tab_code: 'String',
            tab_detail: 'String',
            tab_id: 'Number',
            tab_name: 'String',
            tab_track: 'String',
            type: 'Number',
          },
        ],
        tab_show_lines: 'Number',
        total_score: 'String',
        travel_item_id: 'Number',
        travel_item_info: 'String',
        trip_advate_cnt: 'Number',
      },
      mix_rates: [
        {
          agree_count: 'Number',
          agree_user_ids: ['Number'],
          biz_type: 'Number',
          content: 'String',
          disagree_count: 'Number',
          disagree_user_ids: ['Number'],
          gmt_create: 'String',
          id: 'Number',
          item_id: 'Number',
          item_info: 'String',
          item_rate_id: 'Number',
          item_replies: [
            {
              content: 'String',
              gmt_create: 'String',
              interval_day: 'Number',
              media_info: 'String',
              parent_id: 'Number',
              parent_info: {
                user_id: 'Number',
                user_nick: 'String',
              },
              reply_id: 'Number',
              reply_type: 'Number',
              user_id: 'Number',
              user_nick: 'String',
            },
          ],
          like: {
            count: 'Number',
            target_id: 'Number',
            voted: 'Boolean',
          },
          media_info: 'String',
          order_id: 'Number',
          order_info: 'String',
          picture_urls: ['String'],
          poi_str: 'String',
          redirect_url: 'String',
          reply_count: 'Number',
          score_detail: 'String',
          sku: 'String',
          source: 'Number',
          source_type_name: 'String',
          split_line_content: 'String',
          status: 'Number',
          tag_info: 'String',
          title: 'String',
          total_score: 'Number',
          travel_name: 'String',
          travel_sub_item_id: 'Number',
          travel_sub_item_info: 'String',
          trip_guid_id: 'Number',
          ttid: 'String',
          user_icon: 'String',
          user_id: 'Number',
          user_nick: 'String',
          user_star: 'Number',
        },
      ],
      success: 'Boolean',
      total_num: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.rate.getmixratelist.get`: method, response root, request and response schemas. */
export const alitripHotelRateGetmixratelistGetOperation = {
  method: 'alitrip.hotel.rate.getmixratelist.get',
  responseRoot: 'alitrip_hotel_rate_getmixratelist_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店评论接口 — calls TOP method `alitrip.hotel.rate.getmixratelist.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelRateGetmixratelistGet(
  client: TopClient,
  request: AlitripHotelRateGetmixratelistGetRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelRateGetmixratelistGetResponse> {
  return client.call<AlitripHotelRateGetmixratelistGetResponse>(
    {
      method: 'alitrip.hotel.rate.getmixratelist.get',
      responseRoot: 'alitrip_hotel_rate_getmixratelist_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.product.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.product.update` (更新线路产品基本信息). */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateRequest {
  /** fscRouteProductUpdateRequest */
  fsc_route_product_update_request: TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteProductUpdateRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.product.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProductUpdateTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscRouteProductUpdateRequest` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteProductUpdateRequestInput {
  /** 线路产品信息 */
  route_info?: TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteInfoApiDtoInput;
}

/** `FscRouteInfoApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteInfoApiDtoInput {
  /** 线路编号 */
  route_code?: string;
  /** 线路标题 */
  route_name?: string;
  /** 线路副标题 */
  route_sub_name?: string;
  /** 产品类别 INTL_GROUP_TRAVEL：出境跟团游 DOM_GROUP_TRAVEL：境内跟团游 */
  sub_category?: string;
  /** 参团类型 1:出发地参团 2:目的地参团 */
  group_type?: Int64Input;
  /** 业务区域编码 */
  business_area_id?: string;
  /** 行程天数 */
  route_day?: Int64Input;
  /** 行程晚数 */
  route_night?: Int64Input;
  /** 出发城市Id */
  start_city_id?: string;
  /** 目的城市Id */
  end_city_id?: string;
  /** 出发国家Id */
  start_country_id?: string;
  /** 目的国家Id */
  end_country_id?: string;
  /** 线路主图 */
  route_main_pic?: string;
  /** 多媒体数据列表 */
  media_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscProductMediaApiDtoInput[];
  /** 线路主题ID列表 */
  route_label_id_list?: string[];
  /** 线路特色 */
  route_feature?: string;
  /** 出行人定义 */
  traveller_define_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscTravellerDefineApiDtoInput[];
  /** POI的Id列表 */
  poi_id_list?: string[];
  /** 建议售卖渠道列表 */
  sales_info_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscSalesInfoApiDtoInput[];
  /** 产品推荐特色（最多3条） */
  recommends?: string[];
  /** 线路行程列表 */
  journey_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteJourneyApiDtoInput[];
  /** 附加规则列表 */
  product_rules?: TaobaoAlitripTravelFscRouteApiProductUpdateFscProductRuleApiDtoInput[];
  /** 供应商ID */
  supplier_id?: string;
  /** 线路产品备注 */
  route_remark?: string;
  /** 确认规则 INSTANT_CONFIRMATION，即时确认 SECOND_CONFIRMATION，二次确认 */
  confirm_type?: string;
  /** 线路状态 ON_SHELF：在架 DOWN_SHELF：下架 */
  route_status?: string;
  /** 是否含保险 */
  include_insurance_flag?: boolean;
  /** 签证信息 */
  visa_name?: string;
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 取消政策列表 */
  cancel_policy_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscProductCancelPolicyApiDtoInput[];
  /** 供应商底层线路编码 */
  supplier_route_code?: string;
}

/** `FscProductMediaApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscProductMediaApiDtoInput {
  /** 供应商多媒体编码 */
  media_code?: string;
  /** 多媒体类型 1:图片 2:视频 */
  media_type?: Int64Input;
  /** 多媒体下载链接 */
  media_url?: string;
  /** 多媒体排序值 */
  sort?: Int64Input;
}

/** `FscTravellerDefineApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscTravellerDefineApiDtoInput {
  /** 出行人类型 ADULT:成人 CHILD:儿童 */
  traveller_type?: string;
  /** 起始年龄，包含 */
  start_age?: Int64Input;
  /** 截止年龄，包含 */
  end_age?: Int64Input;
  /** 出行人类型说明 */
  traveller_desc?: string;
}

/** `FscSalesInfoApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscSalesInfoApiDtoInput {
  /** 售卖范围 WEB:PC分销平台 WECHAT:阿信乐赚微信小程序 WECHAT_PLAY:阿信乐游微信小程序 FLIGGY:飞猪自营渠道 */
  sales_range?: string;
  /** 付款方式 1: 一次性付款 2: 分段式付款（预定金+尾款） */
  payment_type?: Int64Input;
}

/** `FscRouteJourneyApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteJourneyApiDtoInput {
  /** 行程编号 */
  journey_code?: string;
  /** 行程名称 */
  journey_name?: string;
  /** 行程描述 */
  journey_desc?: string;
  /** 出发城市Id */
  start_city_id?: Int64Input;
  /** 出发城市名称 */
  start_city_name?: string;
  /** 日程列表 */
  route_schedule_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteScheduleApiDtoInput[];
}

/** `FscRouteScheduleApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteScheduleApiDtoInput {
  /** 日程天 */
  schedule_day?: Int64Input;
  /** 日程名称 */
  schedule_name?: string;
  /** 日程明细列表 */
  schedule_detail_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteScheduleDetailApiDtoInput[];
  /** 日程描述 */
  schedule_desc?: string;
}

/** `FscRouteScheduleDetailApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscRouteScheduleDetailApiDtoInput {
  /** 日程明细类型 SCENIC景点;HOTEL酒店;TRAFFIC交通;BREAKFAST早餐;LUNCH午餐;DINNER晚餐;SHOPPING购物;ACTIVITY活动;OTHER其他;TRIP_DESCRIPTION行程描述 */
  schedule_item?: string;
  /** 日程明细详情说明 */
  schedule_desc?: string;
  /** 日程明细排序 */
  sort?: Int64Input;
  /** 景点poiId */
  poi_id?: string;
  /** 类型名称 */
  schedule_name?: string;
}

/** `FscProductRuleApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscProductRuleApiDtoInput {
  /** FEE_INCLUDE费用包含;FEE_EXCLUDE费用不包含;EXTRA_COST另付费项目;SHOPPING购物说明;BOOKING_RULE预订须知;BREACH_CLAUSE违约条款;REFUND_RULE退改规则;SAFETY_GUIDE安全须知;KIND_TIPS温馨提示;VISA_INFO签证信息;VISA_ATTACHMENT签证附件;OTHER_DESC其他说明;TRAFFIC_DESC交通说明 */
  rule_type?: string;
  /** 补充说明内容 */
  content?: string;
}

/** `FscProductCancelPolicyApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscProductCancelPolicyApiDtoInput {
  /** 取消类型 NORMAL: 平日取消政策 VACATION: 节假日取消政策（法定节假日，不含周末） */
  cancel_type?: string;
  /** 提前天数 1: 代表1天 */
  ahead_days?: Int64Input;
  /** 提前小时分钟 格式：HH:MM，10:30代表10小时30分钟；总提前时间为提前天数加上提前小时分钟，如：1天10小时30分钟，不填默认为 00:00 */
  ahead_hour_minute?: string;
  /** 扣除明细 */
  deduct_list?: TaobaoAlitripTravelFscRouteApiProductUpdateFscProductCancelDeductApiDtoInput[];
}

/** `FscProductCancelDeductApiDto` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateFscProductCancelDeductApiDtoInput {
  /** 责任方类型 DISTRIBUTOR：分销商 SUPPLIER：供应商 */
  responsible_type?: string;
  /** 扣除金额类型 PERCENT：百分比 ABSOLUTE：绝对值 */
  deduct_type?: string;
  /** 扣除金额值 百分比例如：6.8代表扣除6.8% 绝对值例如：1.23代表扣除1.23元 */
  deduct_value?: string;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.product.update`. */
export interface TaobaoAlitripTravelFscRouteApiProductUpdateTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  fsc_route_product_update_request: {
    route_info: {
      route_code: 'String',
      route_name: 'String',
      route_sub_name: 'String',
      sub_category: 'String',
      group_type: 'Number',
      business_area_id: 'String',
      route_day: 'Number',
      route_night: 'Number',
      start_city_id: 'String',
      end_city_id: 'String',
      start_country_id: 'String',
      end_country_id: 'String',
      route_main_pic: 'String',
      media_list: [
        {
          media_code: 'String',
          media_type: 'Number',
          media_url: 'String',
          sort: 'Number',
        },
      ],
      route_label_id_list: ['String'],
      route_feature: 'String',
      traveller_define_list: [
        {
          traveller_type: 'String',
          start_age: 'Number',
          end_age: 'Number',
          traveller_desc: 'String',
        },
      ],
      poi_id_list: ['String'],
      sales_info_list: [
        {
          sales_range: 'String',
          payment_type: 'Number',
        },
      ],
      recommends: ['String'],
      journey_list: [
        {
          journey_code: 'String',
          journey_name: 'String',
          journey_desc: 'String',
          start_city_id: 'Number',
          start_city_name: 'String',
          route_schedule_list: [
            {
              schedule_day: 'Number',
              schedule_name: 'String',
              schedule_detail_list: [
                {
                  schedule_item: 'String',
                  schedule_desc: 'String',
                  sort: 'Number',
                  poi_id: 'String',
                  schedule_name: 'String',
                },
              ],
              schedule_desc: 'String',
            },
          ],
        },
      ],
      product_rules: [
        {
          rule_type: 'String',
          content: 'String',
        },
      ],
      supplier_id: 'String',
      route_remark: 'String',
      confirm_type: 'String',
      route_status: 'String',
      include_insurance_flag: 'Boolean',
      visa_name: 'String',
      contact_name: 'String',
      contact_phone: 'String',
      cancel_policy_list: [
        {
          cancel_type: 'String',
          ahead_days: 'Number',
          ahead_hour_minute: 'String',
          deduct_list: [
            {
              responsible_type: 'String',
              deduct_type: 'String',
              deduct_value: 'String',
            },
          ],
        },
      ],
      supplier_route_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.product.update`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProductUpdateOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.product.update',
  responseRoot: 'alitrip_travel_fsc_route_api_product_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新线路产品基本信息 — calls TOP method `taobao.alitrip.travel.fsc.route.api.product.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProductUpdate(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProductUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProductUpdateResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProductUpdateResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.product.update',
      responseRoot: 'alitrip_travel_fsc_route_api_product_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

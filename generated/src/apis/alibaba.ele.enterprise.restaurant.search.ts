// Generated from specs/eleenterpriserestaurant/alibaba.ele.enterprise.restaurant.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.restaurant.search` (餐厅列表). */
export interface AlibabaEleEnterpriseRestaurantSearchRequest {
  /** longitude和latitude用英文逗号分隔 */
  geo: string;
  /** 首次查询无需传入，后续需要传入前次返回 */
  rank_id?: string;
  /** 查询起始位置，默认为0。如果传的是10，那么餐厅会从第11个开始返回 */
  start?: Int64Input;
  /** 查询数量，默认是10，最大50 */
  limit?: Int64Input;
  /** 人均消费金额上限，需要高于costFrom，不传表示不限 */
  cost_to?: Int64Input;
  /** 人均消费金额下限，最低为0，不传表示不限 */
  cost_from?: Int64Input;
  /** 是否支持食安保（0-不限，1-支持食安保）不传表示不限 */
  insurance?: Int64Input;
  /** 是否可开发票（0-不限，1-可开发票）不传表示不限 */
  invoice?: Int64Input;
  /** 是否品牌商家（0-不限，1-品牌商家）不传表示不限 */
  is_premium?: Int64Input;
  /** 是否新店（0-不限，1-新店）不传表示不限 */
  new_restaurant?: Int64Input;
  /** 配送方式（0-不限， 1-蜂鸟专送）不传表示不限 */
  delivery_mode?: Int64Input;
  /** 排序选项（1-默认排序（热门）， 2-评价星级由高到低， 3-起送价由低到高， 4-销量由高到低， 5-送餐速度由快到慢， 6-餐厅距离由近到远， 7-订单量由高到低） */
  order_by?: Int64Input;
  /**
   * 餐厅分类ids
   *
   * Max list size: 20
   */
  category_ids?: Int64Input[];
  /** 是否筛选支持预定 0:不需要 1:需要（不传该字段则不筛选） */
  is_bookable?: string;
  /** 是否支持跨天预定 1:需要（不传该字段则不筛选） */
  cross_day_booking?: string;
}

/** Response of `alibaba.ele.enterprise.restaurant.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseRestaurantSearchResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseRestaurantSearchEnterpriseData;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.restaurant.search`. */
export interface AlibabaEleEnterpriseRestaurantSearchEnterpriseData {
  /** 排序id */
  rank_id?: string;
  /** 数据列表 */
  data_list?: AlibabaEleEnterpriseRestaurantSearchDataList[];
  /** 是否有下页 */
  has_next?: boolean;
}

/** `DataList` of `alibaba.ele.enterprise.restaurant.search`. */
export interface AlibabaEleEnterpriseRestaurantSearchDataList {
  /** 距离（米） */
  distance?: string;
  /** 是否支持食安保：0，否；1，是 */
  is_insurance?: Int64;
  /** 店铺综合评分 */
  rating?: string;
  /** 餐厅唯一码 */
  only_restaurant_code?: string;
  /** 是否新店：0,否；1,是 */
  is_new?: Int64;
  /** 促销信息或者商家公告 */
  promotion_info?: string;
  /** 最近一个月订单量 */
  recent_order_num?: Int64;
  /** 配送费 */
  agent_fee?: string;
  /** 平均送餐时间 */
  deliver_spent?: Int64;
  /** 0.关店 1.营业 */
  is_open?: Int64;
  /** 是否蜂鸟专送餐厅 */
  is_dist_rst?: Int64;
  /** 餐厅名称 */
  restaurant_name?: string;
  /** 活动, 参考餐厅活动 */
  activities?: AlibabaEleEnterpriseRestaurantSearchActivite[];
  /** 餐厅 */
  image_url?: string;
  /** 起送价 */
  deliver_amount?: string;
  /** 餐厅ID */
  erestaurant_id?: string;
  /** 是否支持开发票: 0，否;1, 是 */
  invoice?: Int64;
  /** 是否品牌店：0，否；1，是 */
  is_premium?: Int64;
  /** 人均消费金额（元） */
  average_cost?: string;
  /** 是否支持预定. 0 不支持预定, 1 支持预定 */
  is_bookable?: Int64;
  /** 水印序列号 */
  serial_number?: string;
  /** 餐厅整体营业状态：1 餐厅营业中，2餐厅关闭，3 餐厅网路不稳定，4 餐厅休息中，5 直接说预定，6 只接受电话预定，7 餐厅休假中 */
  total_status?: Int64;
}

/** `Activite` of `alibaba.ele.enterprise.restaurant.search`. */
export interface AlibabaEleEnterpriseRestaurantSearchActivite {
  /** 见附录【活动信息detail_type值】 */
  detail_type?: Int64;
  /** 活动名称 */
  name?: string;
  /** 餐厅描述 */
  description?: string;
  /** 活动ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  geo: 'String',
  rank_id: 'String',
  start: 'Number',
  limit: 'Number',
  cost_to: 'Number',
  cost_from: 'Number',
  insurance: 'Number',
  invoice: 'Number',
  is_premium: 'Number',
  new_restaurant: 'Number',
  delivery_mode: 'Number',
  order_by: 'Number',
  category_ids: ['Number'],
  is_bookable: 'String',
  cross_day_booking: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    rank_id: 'String',
    data_list: [
      {
        distance: 'String',
        is_insurance: 'Number',
        rating: 'String',
        only_restaurant_code: 'String',
        is_new: 'Number',
        promotion_info: 'String',
        recent_order_num: 'Number',
        agent_fee: 'String',
        deliver_spent: 'Number',
        is_open: 'Number',
        is_dist_rst: 'Number',
        restaurant_name: 'String',
        activities: [
          {
            detail_type: 'Number',
            name: 'String',
            description: 'String',
            id: 'Number',
          },
        ],
        image_url: 'String',
        deliver_amount: 'String',
        erestaurant_id: 'String',
        invoice: 'Number',
        is_premium: 'Number',
        average_cost: 'String',
        is_bookable: 'Number',
        serial_number: 'String',
        total_status: 'Number',
      },
    ],
    has_next: 'Boolean',
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.restaurant.search`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseRestaurantSearchOperation = {
  method: 'alibaba.ele.enterprise.restaurant.search',
  responseRoot: 'alibaba_ele_enterprise_restaurant_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 餐厅列表 — calls TOP method `alibaba.ele.enterprise.restaurant.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseRestaurantSearch(
  client: TopClient,
  request: AlibabaEleEnterpriseRestaurantSearchRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseRestaurantSearchResponse> {
  return client.call<AlibabaEleEnterpriseRestaurantSearchResponse>(
    {
      method: 'alibaba.ele.enterprise.restaurant.search',
      responseRoot: 'alibaba_ele_enterprise_restaurant_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

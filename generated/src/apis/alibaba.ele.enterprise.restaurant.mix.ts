// Generated from specs/eleenterpriserestaurant/alibaba.ele.enterprise.restaurant.mix.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.restaurant.mix` (混合搜索店铺). */
export interface AlibabaEleEnterpriseRestaurantMixRequest {
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
  /** 搜索关键词（关键字需要urlencode处理 */
  keyword: string;
  /** 是否筛选支持预定 0:不需要 1:需要（不传该字段则不筛选） */
  is_bookable?: Int64Input;
}

/** Response of `alibaba.ele.enterprise.restaurant.mix`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseRestaurantMixResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseRestaurantMixEnterpriseData;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.restaurant.mix`. */
export interface AlibabaEleEnterpriseRestaurantMixEnterpriseData {
  /** 排序id */
  rank_id?: string;
  /** 数据列表 */
  data_list?: AlibabaEleEnterpriseRestaurantMixDataList[];
  /** 是否有下页 */
  has_next?: boolean;
}

/** `DataList` of `alibaba.ele.enterprise.restaurant.mix`. */
export interface AlibabaEleEnterpriseRestaurantMixDataList {
  /** 食物信息 */
  foods?: AlibabaEleEnterpriseRestaurantMixFoods[];
  /** 餐厅信息 */
  restaurant?: AlibabaEleEnterpriseRestaurantMixRestaurant;
}

/** `Foods` of `alibaba.ele.enterprise.restaurant.mix`. */
export interface AlibabaEleEnterpriseRestaurantMixFoods {
  /** 食物名称 */
  food_name?: string;
  /** 最近一个月的评价 */
  recent_rating?: string;
  /** 食物价格 */
  price?: string;
  /** 最近一个月的售出份数 */
  recent_popularity?: Int64;
  /** 食物id */
  food_id?: Int64;
  /** 食物图片 */
  image_url?: string;
  /** 食物描述 */
  description?: string;
  /** 库存 */
  stock?: Int64;
}

/** `Restaurant` of `alibaba.ele.enterprise.restaurant.mix`. */
export interface AlibabaEleEnterpriseRestaurantMixRestaurant {
  /** 距离 */
  distance?: string;
  /** 评价 */
  rating?: string;
  /** 唯一店铺标识 */
  only_restaurant_code?: string;
  /** 促销信息 */
  promotion_info?: string;
  /** 最近一个月订单量 */
  recent_order_num?: Int64;
  /** 配送费 */
  agent_fee?: string;
  /** 2周内的平均送餐时间 */
  deliver_spent?: Int64;
  /** 是否正在营业 */
  is_open?: Int64;
  /** 是否蜂鸟专送餐厅 */
  is_dist_rst?: Int64;
  /** 餐厅名称 */
  restaurant_name?: string;
  /** 活动详情 */
  activities?: AlibabaEleEnterpriseRestaurantMixActivities[];
  /** 餐厅Logo地址 */
  image_url?: string;
  /** 起送价 */
  deliver_amount?: string;
  /** 店铺id */
  erestaurant_id?: string;
  /** 是否支持开发票(是为1，否为0) */
  invoice?: Int64;
  /** 是否品牌馆餐厅 */
  is_premium?: Int64;
  /** 人均值 */
  average_cost?: string;
  /** 是否支持食安保：0，否；1，是 */
  is_insurance?: Int64;
  /** 是否新开业 */
  is_new?: Int64;
  /** 水印序列号 */
  serial_number?: string;
  /** 餐厅整体营业状态：1 餐厅营业中，2餐厅关闭，3 餐厅网路不稳定，4 餐厅休息中，5 直接说预定，6 只接受电话预定，7 餐厅休假中 */
  total_status?: string;
  /** 是否支持预定. 0 不支持预定, 1 支持预定 */
  is_bookable?: Int64;
}

/** `Activities` of `alibaba.ele.enterprise.restaurant.mix`. */
export interface AlibabaEleEnterpriseRestaurantMixActivities {
  /** * 餐厅活动类型 * 3 优惠券（废弃） * 7 新用户折扣（可以和其他活动共享) * 100 额外折扣（废弃） * 101 在线支付折扣（废弃） * 102 活动折扣（类似满减的活动折扣） * 103 新用户折扣（不可以和其他活动共享） * 104 订单红包（废弃） * 105 JINBAO折扣（专享红包，某些餐厅可以使用） * 106 餐厅维度的赠品活动 * 美食活动类型 * 1 折扣价（按百分比折扣） * 2 减价（按金额进行折扣） * 3 第N份折扣价（第N件按百分比折扣） * 4 固定价格（不管原价多少都按固定价格售卖，特价菜） * 5 赠品（购物某个美食附送赠品，可以与其它美食活动并存） */
  detail_type?: Int64;
  /** 活动名称 */
  name?: string;
  /** 活动文本描述 */
  description?: string;
  /** 活动id */
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
  keyword: 'String',
  is_bookable: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    rank_id: 'String',
    data_list: [
      {
        foods: [
          {
            food_name: 'String',
            recent_rating: 'String',
            price: 'String',
            recent_popularity: 'Number',
            food_id: 'Number',
            image_url: 'String',
            description: 'String',
            stock: 'Number',
          },
        ],
        restaurant: {
          distance: 'String',
          rating: 'String',
          only_restaurant_code: 'String',
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
          is_insurance: 'Number',
          is_new: 'Number',
          serial_number: 'String',
          total_status: 'String',
          is_bookable: 'Number',
        },
      },
    ],
    has_next: 'Boolean',
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.restaurant.mix`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseRestaurantMixOperation = {
  method: 'alibaba.ele.enterprise.restaurant.mix',
  responseRoot: 'alibaba_ele_enterprise_restaurant_mix_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 混合搜索店铺 — calls TOP method `alibaba.ele.enterprise.restaurant.mix`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseRestaurantMix(
  client: TopClient,
  request: AlibabaEleEnterpriseRestaurantMixRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseRestaurantMixResponse> {
  return client.call<AlibabaEleEnterpriseRestaurantMixResponse>(
    {
      method: 'alibaba.ele.enterprise.restaurant.mix',
      responseRoot: 'alibaba_ele_enterprise_restaurant_mix_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tuanhotel/alitrip.tuan.hotel.item.sku.calendar.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.item.sku.calendar.update` (酒店非标套餐商品日历库存宝贝SKU更新接口). */
export interface AlitripTuanHotelItemSkuCalendarUpdateRequest {
  /**
   * 暂不支持此接口对SKU的部分属性进行更新，包括以下属性： 套餐名称、价格、原价、库存、间夜、商家编码、人数、使用次数等
   *
   * Max list size: 15
   */
  item_sku_list: AlitripTuanHotelItemSkuCalendarUpdateTopTuanItemSkuVOInput[];
  /** 宝贝ID */
  item_id: Int64Input;
  /** 宝贝所属类目 */
  cat_id: Int64Input;
}

/** Response of `alitrip.tuan.hotel.item.sku.calendar.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelItemSkuCalendarUpdateResponse {
  /** 宝贝ID */
  item_id?: Int64;
  /** 卖家ID */
  seller_id?: Int64;
  /** 商品的sku列表 */
  top_item_sku_base_info_list?: AlitripTuanHotelItemSkuCalendarUpdateTopItemSkuBaseInfo[];
  /** 错误码 */
  msg_code?: string;
  /** 操作状态 */
  status?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTuanItemSkuVO` of `alitrip.tuan.hotel.item.sku.calendar.update`. */
export interface AlitripTuanHotelItemSkuCalendarUpdateTopTuanItemSkuVOInput {
  /** 套餐日历库存价格信息，日历库存需完整填写 */
  calendar_info?: AlitripTuanHotelItemSkuCalendarUpdateTopSkuCalendarInfoInput;
  /** skuId，若更新sku信息，必填；若新增sku，此项填写为0 */
  sku_id: Int64Input;
}

/** `TopSkuCalendarInfo` of `alitrip.tuan.hotel.item.sku.calendar.update`. */
export interface AlitripTuanHotelItemSkuCalendarUpdateTopSkuCalendarInfoInput {
  /** 日历库存的结束时间，日历库存必填 */
  end?: string;
  /** 日历库存价格信息，日历库存必填 */
  diff?: AlitripTuanHotelItemSkuCalendarUpdateTopSkuDailyInfoInput[];
  /** 日历库存的开始时间，日历库存必填 */
  begin?: string;
}

/** `TopSkuDailyInfo` of `alitrip.tuan.hotel.item.sku.calendar.update`. */
export interface AlitripTuanHotelItemSkuCalendarUpdateTopSkuDailyInfoInput {
  /** 日期，日历库存必填 */
  d?: string;
  /** 价格，日历库存必填，单位为元，仅支持精确到分（小数点后两位） */
  price?: string;
  /** 库存，日历库存必填 */
  stock?: Int64Input;
}

/** `TopItemSkuBaseInfo` of `alitrip.tuan.hotel.item.sku.calendar.update`. */
export interface AlitripTuanHotelItemSkuCalendarUpdateTopItemSkuBaseInfo {
  /** sku名称 */
  sku_name?: string;
  /** 商家编码 */
  outer_id?: string;
  /** skuId */
  sku_id?: Int64;
}

const REQUEST_SCHEMA = {
  item_sku_list: [
    {
      calendar_info: {
        end: 'String',
        diff: [
          {
            d: 'String',
            price: 'String',
            stock: 'Number',
          },
        ],
        begin: 'String',
      },
      sku_id: 'Number',
    },
  ],
  item_id: 'Number',
  cat_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_id: 'Number',
  seller_id: 'Number',
  top_item_sku_base_info_list: [
    {
      sku_name: 'String',
      outer_id: 'String',
      sku_id: 'Number',
    },
  ],
  msg_code: 'String',
  status: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tuan.hotel.item.sku.calendar.update`: method, response root, request and response schemas. */
export const alitripTuanHotelItemSkuCalendarUpdateOperation = {
  method: 'alitrip.tuan.hotel.item.sku.calendar.update',
  responseRoot: 'alitrip_tuan_hotel_item_sku_calendar_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店非标套餐商品日历库存宝贝SKU更新接口 — calls TOP method `alitrip.tuan.hotel.item.sku.calendar.update`.
 *
 * 商户对发布的日历库存类型的宝贝套餐价格库存信息进行更新，仅提供日历库存的宝贝SKU的更新功能，skuId须传递商品已存在的skuId，若想进行SKU新增操作，请选择使用alitrip.tuan.hotel.item.sku.update接口。提供增量更新SKU功能，对于日历库存若传递日期信息，参数中若包含某一日期的价格和库存，则对此日期的数据进行覆盖更新，若不传递则保留此日期的价格库存信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelItemSkuCalendarUpdate(
  client: TopClient,
  request: AlitripTuanHotelItemSkuCalendarUpdateRequest,
  options?: CallOptions,
): Promise<AlitripTuanHotelItemSkuCalendarUpdateResponse> {
  return client.call<AlitripTuanHotelItemSkuCalendarUpdateResponse>(
    {
      method: 'alitrip.tuan.hotel.item.sku.calendar.update',
      responseRoot: 'alitrip_tuan_hotel_item_sku_calendar_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

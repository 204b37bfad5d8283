// Generated from specs/tuanhotel/alitrip.tuan.hotel.item.sku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.item.sku.update` (酒店团购套餐商品SKU更新和新增). */
export interface AlitripTuanHotelItemSkuUpdateRequest {
  /**
   * 关于sku（价格策略）的字段填写的说明 国内酒店套餐类目(日历库存必填选项：套餐名称、原价、间夜;普通库存必填选项：套餐名称、价格、原价、库存、间夜)。 国际酒店套餐类目(日历库存必填选型：套餐名称、原价、间夜、人数;普通库存必填选项：套餐名称、价格、原件、库存、间夜、人数)。 酒店餐饮美食类目(日历库存必填选项：套餐名称、原价、人数、次数;普通库存必填选项：套餐名称、价格、原价、库存、人数，次数)。 酒店服务类目(日历库存必填选项：套餐名称、原价、使用次数;普通库存必填选项：套餐名称、价格、原价、库存、使用次数)。 酒店客房优惠券类目(无sku（价格策略）选项，不填写)。
   *
   * Max list size: 15
   */
  item_sku_list: AlitripTuanHotelItemSkuUpdateTopTuanItemSkuVOInput[];
  /** 宝贝ID */
  item_id: Int64Input;
  /** 宝贝所属类目 */
  cat_id: Int64Input;
}

/** Response of `alitrip.tuan.hotel.item.sku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelItemSkuUpdateResponse {
  /** 宝贝ID */
  item_id?: Int64;
  /** 卖家ID */
  seller_id?: Int64;
  /** 商品的sku列表 */
  top_item_sku_base_info_list?: AlitripTuanHotelItemSkuUpdateTopItemSkuBaseInfo[];
  /** 错误码 */
  msg_code?: string;
  /** 操作状态 */
  status?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTuanItemSkuVO` of `alitrip.tuan.hotel.item.sku.update`. */
export interface AlitripTuanHotelItemSkuUpdateTopTuanItemSkuVOInput {
  /** 套餐间夜 */
  night_count?: Int64Input;
  /** 套餐库存 */
  quantity?: Int64Input;
  /** 套餐原价，单位为元，仅支持精确到分（小数点后两位） */
  orig_price: string;
  /** 套餐价格。单位为元，仅支持精确到分（小数点后两位） */
  price: string;
  /** 套餐人数 */
  people_count?: Int64Input;
  /** 套餐名称 */
  name: string;
  /** 商家编码 */
  outer_id?: string;
  /** 套餐日历库存价格信息，日历库存需完整填写，普通库存请将此项设置为空，示例:("calendar_info": { }) */
  calendar_info?: AlitripTuanHotelItemSkuUpdateTopSkuCalendarInfoInput;
  /** skuId，若更新sku信息，必填；若新增sku，此项填写为0 */
  sku_id: Int64Input;
  /** 使用次数 */
  use_count?: Int64Input;
}

/** `TopSkuCalendarInfo` of `alitrip.tuan.hotel.item.sku.update`. */
export interface AlitripTuanHotelItemSkuUpdateTopSkuCalendarInfoInput {
  /** 日历库存的结束时间，日历库存必填 */
  end?: string;
  /** 日历库存价格信息，日历库存必填 */
  diff?: AlitripTuanHotelItemSkuUpdateTopSkuDailyInfoInput[];
  /** 日历库存的开始时间，日历库存必填 */
  begin?: string;
}

/** `TopSkuDailyInfo` of `alitrip.tuan.hotel.item.sku.update`. */
export interface AlitripTuanHotelItemSkuUpdateTopSkuDailyInfoInput {
  /** 日期，日历库存必填 */
  d?: string;
  /** 价格，日历库存必填，单位为元，仅支持精确到分（小数点后两位） */
  price?: string;
  /** 库存，日历库存必填 */
  stock?: Int64Input;
}

/** `TopItemSkuBaseInfo` of `alitrip.tuan.hotel.item.sku.update`. */
export interface AlitripTuanHotelItemSkuUpdateTopItemSkuBaseInfo {
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
      night_count: 'Number',
      quantity: 'Number',
      orig_price: 'String',
      price: 'String',
      people_count: 'Number',
      name: 'String',
      outer_id: 'String',
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
      use_count: 'Number',
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

/** Static description of `alitrip.tuan.hotel.item.sku.update`: method, response root, request and response schemas. */
export const alitripTuanHotelItemSkuUpdateOperation = {
  method: 'alitrip.tuan.hotel.item.sku.update',
  responseRoot: 'alitrip_tuan_hotel_item_sku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店团购套餐商品SKU更新和新增 — calls TOP method `alitrip.tuan.hotel.item.sku.update`.
 *
 * 商户对发布的宝贝套餐价格库存信息进行更新，对于已存在的sku，未进行传递则不会进行覆盖。skuId必须为已存在的skuId，暂不支持库存类型的更改。因发布页改造升级，2020.03.05将下线此接口的新增SKU功能，更新SKU功能将保留，但商户2020.03.05后须前往发布页进行宝贝更新后，方可调用本接口。对于日历库存宝贝日历维度的价格和库存数据的更新，此接口存在调用超时的问题，不推荐使用，若有诉求，请使用alitrip.tuan.hotel.item.sku.calendar.update接口（该接口提供增量更新能力），接口地址为https://open.taobao.com/api.htm?docId=48160&docType=2&scopeId=12326
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelItemSkuUpdate(
  client: TopClient,
  request: AlitripTuanHotelItemSkuUpdateRequest,
  options?: CallOptions,
): Promise<AlitripTuanHotelItemSkuUpdateResponse> {
  return client.call<AlitripTuanHotelItemSkuUpdateResponse>(
    {
      method: 'alitrip.tuan.hotel.item.sku.update',
      responseRoot: 'alitrip_tuan_hotel_item_sku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

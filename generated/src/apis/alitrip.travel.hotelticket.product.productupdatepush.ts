// Generated from specs/traveltrade/alitrip.travel.hotelticket.product.productupdatepush.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.hotelticket.product.productupdatepush` (产品批量变更推送通知). */
export interface AlitripTravelHotelticketProductProductupdatepushRequest {
  /** 系统商分配给飞猪卖家的账号 */
  access_key: string;
  /** 变更的产品信息 */
  product_updates: AlitripTravelHotelticketProductProductupdatepushProductUpdatePushDTOInput;
}

/** Response of `alitrip.travel.hotelticket.product.productupdatepush`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelHotelticketProductProductupdatepushResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductUpdatePushDTO` of `alitrip.travel.hotelticket.product.productupdatepush`. */
export interface AlitripTravelHotelticketProductProductupdatepushProductUpdatePushDTOInput {
  /** 日历价格库存信息 日历价格库存信息 */
  price_stocks?: AlitripTravelHotelticketProductProductupdatepushProductPriceStockDTOInput[];
  /** 产品变更通知类型 1：价格，2：库存，3：价库 */
  notify_type: Int64Input;
  /** 系统商商品码 */
  product_id: string;
  /** 床型ID */
  bed_id?: string;
  /** 酒店ID */
  hotel_id?: string;
  /** 房型ID */
  room_id?: string;
  /** 扩展参数 */
  extend_params?: string | Record<string, unknown>;
  /** 模式 默认值1；1:普通日历/预约商品（非通兑和非任选） */
  mode: Int64Input;
}

/** `ProductPriceStockDTO` of `alitrip.travel.hotelticket.product.productupdatepush`. */
export interface AlitripTravelHotelticketProductProductupdatepushProductPriceStockDTOInput {
  /** 日期。yyyy-MM-dd */
  date: string;
  /** 场次价库信息 */
  sessions?: AlitripTravelHotelticketProductProductupdatepushProductSessionDTOInput[];
  /** 是否可售卖；true：可售卖 */
  can_sell: boolean;
  /** 库存 */
  stock?: Int64Input;
  /** 产品结算单价。单位：分 */
  wholesale_price?: Int64Input;
  /** 产品销售单价。单位：分 */
  retail_price?: Int64Input;
}

/** `ProductSessionDTO` of `alitrip.travel.hotelticket.product.productupdatepush`. */
export interface AlitripTravelHotelticketProductProductupdatepushProductSessionDTOInput {
  /** 开始时间。HH:mm */
  start_time: string;
  /** 场次ID */
  session_id: string;
  /** 结束时间。HH:mm */
  end_time: string;
  /** 场次库存 */
  stock?: Int64Input;
  /** 产品场次结算单价。单位：分 */
  wholesale_price?: Int64Input;
  /** 产品场次销售单价。单位：分 */
  retail_price?: Int64Input;
}

const REQUEST_SCHEMA = {
  access_key: 'String',
  product_updates: {
    price_stocks: [
      {
        date: 'String',
        sessions: [
          {
            start_time: 'String',
            session_id: 'String',
            end_time: 'String',
            stock: 'Number',
            wholesale_price: 'Number',
            retail_price: 'Number',
          },
        ],
        can_sell: 'Boolean',
        stock: 'Number',
        wholesale_price: 'Number',
        retail_price: 'Number',
      },
    ],
    notify_type: 'Number',
    product_id: 'String',
    bed_id: 'String',
    hotel_id: 'String',
    room_id: 'String',
    extend_params: 'Json',
    mode: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.hotelticket.product.productupdatepush`: method, response root, request and response schemas. */
export const alitripTravelHotelticketProductProductupdatepushOperation = {
  method: 'alitrip.travel.hotelticket.product.productupdatepush',
  responseRoot: 'alitrip_travel_hotelticket_product_productupdatepush_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品批量变更推送通知 — calls TOP method `alitrip.travel.hotelticket.product.productupdatepush`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelHotelticketProductProductupdatepush(
  client: TopClient,
  request: AlitripTravelHotelticketProductProductupdatepushRequest,
  options?: CallOptions,
): Promise<AlitripTravelHotelticketProductProductupdatepushResponse> {
  return client.call<AlitripTravelHotelticketProductProductupdatepushResponse>(
    {
      method: 'alitrip.travel.hotelticket.product.productupdatepush',
      responseRoot: 'alitrip_travel_hotelticket_product_productupdatepush_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/happytrip/alibaba.happytrip.taxi.price.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.price.get` (获取价格预估信息). */
export interface AlibabaHappytripTaxiPriceGetRequest {
  /** 出发地纬度 */
  flat: string;
  /** 出发地经度 */
  flng: string;
  /** 目的地纬度 */
  tlat: string;
  /** 目的地经度 */
  tlng: string;
  /** 地图类型:amap：高德，默认高德地图 */
  map_type?: string;
  /** 出发城市id */
  city: string;
  /** 0:实时单 1:预约单 */
  type: Int64Input;
  /** 预约单必须传（格式例如：2015-06-16 12:00:09） */
  departure_time?: string;
  /** 成本中心代码，用于区分不同的分账账号 */
  cost_center?: string;
  /** 供应商车型代码 */
  require_level?: string;
  /** 0：不拼车 1:允许拼车，默认不拼车 */
  carpool_type?: Int64Input;
  /** 乘车人数 */
  passenger_number?: Int64Input;
  /** 用户唯一标识 */
  uid?: string;
  /** 乘客手机号 */
  passenger_phone?: string;
}

/** Response of `alibaba.happytrip.taxi.price.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiPriceGetResponse {
  /** 错误代码 */
  errno?: Int64;
  /** 价格预估模型 */
  data?: AlibabaHappytripTaxiPriceGetPriceModel[];
  /** 错误消息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PriceModel` of `alibaba.happytrip.taxi.price.get`. */
export interface AlibabaHappytripTaxiPriceGetPriceModel {
  /** 起步价格 单位：元 */
  start_price?: string;
  /** 每公里单价 单位：元 */
  normal_unit_price?: string;
  /** 动调溢价 单位：元 */
  dynamic_price?: string;
  /** 价格提示 */
  price_tip?: string;
  /** 总价格(包含dynamic_price) 单位：元，如果有折扣，这里为折扣后价格，如果没有折扣这里和original_price保持一致；允许拼车时为拼成一口价 */
  price?: string;
  /** 动态调价md5，用于锁定订单创建时的价格 */
  dynamic_md5?: string;
  /** 供应商的车型名称 */
  name?: string;
  /** 供应商的车型代码 */
  code?: string;
  /** 原始价格，折扣优惠前的价格；允许拼车时为未拼成一口价 */
  original_price?: string;
  /** 线路类型，为空或0，表示普通线路；1，表示专线 */
  line_type?: Int64;
  /** 线路信息，线路为专线时不为空 */
  line_info?: AlibabaHappytripTaxiPriceGetLineInfo;
}

/** `LineInfo` of `alibaba.happytrip.taxi.price.get`. */
export interface AlibabaHappytripTaxiPriceGetLineInfo {
  /** 出发位置名称 */
  from_location_name?: string;
  /** 目的位置名称 */
  to_location_name?: string;
}

const REQUEST_SCHEMA = {
  flat: 'String',
  flng: 'String',
  tlat: 'String',
  tlng: 'String',
  map_type: 'String',
  city: 'String',
  type: 'Number',
  departure_time: 'String',
  cost_center: 'String',
  require_level: 'String',
  carpool_type: 'Number',
  passenger_number: 'Number',
  uid: 'String',
  passenger_phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  data: [
    {
      start_price: 'String',
      normal_unit_price: 'String',
      dynamic_price: 'String',
      price_tip: 'String',
      price: 'String',
      dynamic_md5: 'String',
      name: 'String',
      code: 'String',
      original_price: 'String',
      line_type: 'Number',
      line_info: {
        from_location_name: 'String',
        to_location_name: 'String',
      },
    },
  ],
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.price.get`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiPriceGetOperation = {
  method: 'alibaba.happytrip.taxi.price.get',
  responseRoot: 'alibaba_happytrip_taxi_price_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取价格预估信息 — calls TOP method `alibaba.happytrip.taxi.price.get`.
 *
 * 打车价格预估
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiPriceGet(
  client: TopClient,
  request: AlibabaHappytripTaxiPriceGetRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiPriceGetResponse> {
  return client.call<AlibabaHappytripTaxiPriceGetResponse>(
    {
      method: 'alibaba.happytrip.taxi.price.get',
      responseRoot: 'alibaba_happytrip_taxi_price_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/happytrip/alibaba.happytrip.taxi.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.get` (订单详情). */
export interface AlibabaHappytripTaxiOrderGetRequest {
  /** 订单id */
  order_id: string;
}

/** Response of `alibaba.happytrip.taxi.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderGetResponse {
  /** 错误码 */
  errno?: Int64;
  /** 错误信息 */
  errmsg?: string;
  /** 订单获取结果 */
  data?: AlibabaHappytripTaxiOrderGetOrderGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderGetResult` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetOrderGetResult {
  /** 费用信息，如果订单有折扣，这里为折后价格，如果没有折扣，这里和original_price保持一致 */
  price?: AlibabaHappytripTaxiOrderGetCostInfo;
  /** 订单信息 */
  order?: AlibabaHappytripTaxiOrderGetOrderInfo;
  /** 拼车信息 */
  carpool?: AlibabaHappytripTaxiOrderGetCarpoolInfo;
  /** 订单改派信息 */
  reassign_info?: AlibabaHappytripTaxiOrderGetReassignInfo;
}

/** `CostInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetCostInfo {
  /** 费用明细 */
  detail?: AlibabaHappytripTaxiOrderGetCostDetailInfo[];
  /** 总费用，折后金额 */
  total_price?: string;
  /** 原价，如果订单有折扣这里为折扣前的价格，如果没有折扣和total_price字段保持一致 */
  original_price?: string;
}

/** `CostDetailInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetCostDetailInfo {
  /** 费用金额 */
  amount?: string;
  /** 费用类型名称 */
  name?: string;
  /** 费用类型，如果不需要显示直接设为null，为0也会显示出来。discount_fee:折扣金额;refund_price：退款;empty_fee：远途费或超出套餐部分远途费; highway_fee：高速费; bridge_fee：路桥费; low_speed_fee：低速费或超出套餐低速费; night_fee：夜间费用或超出套餐部分夜间费; normal_fee：正常行驶费用或超出套餐部分行驶距离费; other_fee：其他费用; park_fee：停车费; start_price：起步价格; tip_fee：加价费用; limit_fee：车最低消费; combo_fee：套餐费用; normal_time_fee：快车时长费; cancel_fee：违约费; dynamic_price：动态调价费用; wait_fee：等候费; clear_fee：清洁费; cross_city_fee：跨城费 */
  type?: string;
}

/** `OrderInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetOrderInfo {
  /** 订单id */
  id?: string;
  /** 订单状态码 */
  status?: Int64;
  /** 订单详细状态码 */
  sub_status?: Int64;
  /** 城市id */
  city?: string;
  /** 订单类型(0:实时、1:预约) */
  type?: Int64;
  /** 乘车人手机号 */
  passenger_phone?: string;
  /** 司机称呼 */
  driver_name?: string;
  /** 号码保护中间号（如无号码保护，为司机真实手机号） */
  driver_phone?: string;
  /** 司机唯一标识 */
  driver_id?: string;
  /** 司机真实手机号 */
  driver_phone_real?: string;
  /** 已通知司机数量 */
  driver_num?: Int64;
  /** 司机车型 */
  driver_car_type?: string;
  /** 司机车牌 */
  driver_card?: string;
  /** 司机头像 */
  driver_avatar?: string;
  /** 司机星级 */
  driver_level?: string;
  /** 司机抢单数 */
  driver_order_count?: Int64;
  /** 司机当前实时经度 */
  dlng?: string;
  /** 司机当前实时纬度 */
  dlat?: string;
  /** 乘客发单时位置经度 */
  clng?: string;
  /** 乘客发单时位置维度 */
  clat?: string;
  /** 出发经度 */
  flng?: string;
  /** 出发维度 */
  flat?: string;
  /** 目的地经度 */
  tlng?: string;
  /** 目的地维度 */
  tlat?: string;
  /** 扩展信息 */
  extra_info?: string;
  /** 出发地名称 */
  start_name?: string;
  /** 出发地详细地址 */
  start_address?: string;
  /** 目的地名称 */
  end_name?: string;
  /** 目的地详细地址 */
  end_address?: string;
  /** 出发时间 */
  departure_time?: string;
  /** 下单时间 */
  order_time?: string;
  /** 司机接单时间 */
  strive_time?: string;
  /** 司机到达时间 */
  reach_time?: string;
  /** 开始计价时间 */
  begin_charge_time?: string;
  /** 行程结束时间 */
  finish_time?: string;
  /** 迟到计费时间 */
  delay_time_start?: string;
  /** 实际行驶公里数 */
  normal_distance?: string;
  /** 实际行驶时长（分钟） */
  normal_time?: Int64;
  /** 车型代码 */
  require_level?: string;
  /** 实际车型代码 */
  strive_level?: string;
  /** 汽车的颜色 */
  driver_car_color?: string;
  /** 备注，如取消原因 */
  remark?: string;
  /** 是否允许修改目的地 */
  allow_modify_dest?: boolean;
}

/** `CarpoolInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetCarpoolInfo {
  /** 0: 未拼成 1:拼成 */
  carpool_flag?: Int64;
  /** 拼车单id */
  carpool_order_id?: string;
  /** 乘客订单信息 */
  passenger_orders?: AlibabaHappytripTaxiOrderGetPassengerOrderInfo[];
}

/** `PassengerOrderInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetPassengerOrderInfo {
  /** 订单id */
  id?: string;
  /** 订单状态码 */
  status?: string;
  /** 订单详细状态码 */
  sub_status?: string;
  /** 乘客人数 */
  passenger_number?: Int64;
  /** 出发地经度 */
  flng?: string;
  /** 出发地纬度 */
  flat?: string;
  /** 目的地经度 */
  tlng?: string;
  /** 目的地纬度 */
  tlat?: string;
}

/** `ReassignInfo` of `alibaba.happytrip.taxi.order.get`. */
export interface AlibabaHappytripTaxiOrderGetReassignInfo {
  /** 改派前订单id，即此订单由哪个订单id改派而生成（当值为空时，表示该订单不是因为改派而生成的） */
  pre_order_id?: string;
  /** 改派后订单id，即由于订单改派而产生的订单id（当值为空时，表示当前订单未被改派而产生新订单） */
  next_order_id?: string;
  /** 第一个被改派的订单id */
  init_order_id?: string;
  /** 最新被指派的订单id */
  latest_order_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  errmsg: 'String',
  data: {
    price: {
      detail: [
        {
          amount: 'String',
          name: 'String',
          type: 'String',
        },
      ],
      total_price: 'String',
      original_price: 'String',
    },
    order: {
      id: 'String',
      status: 'Number',
      sub_status: 'Number',
      city: 'String',
      type: 'Number',
      passenger_phone: 'String',
      driver_name: 'String',
      driver_phone: 'String',
      driver_id: 'String',
      driver_phone_real: 'String',
      driver_num: 'Number',
      driver_car_type: 'String',
      driver_card: 'String',
      driver_avatar: 'String',
      driver_level: 'String',
      driver_order_count: 'Number',
      dlng: 'String',
      dlat: 'String',
      clng: 'String',
      clat: 'String',
      flng: 'String',
      flat: 'String',
      tlng: 'String',
      tlat: 'String',
      extra_info: 'String',
      start_name: 'String',
      start_address: 'String',
      end_name: 'String',
      end_address: 'String',
      departure_time: 'String',
      order_time: 'String',
      strive_time: 'String',
      reach_time: 'String',
      begin_charge_time: 'String',
      finish_time: 'String',
      delay_time_start: 'String',
      normal_distance: 'String',
      normal_time: 'Number',
      require_level: 'String',
      strive_level: 'String',
      driver_car_color: 'String',
      remark: 'String',
      allow_modify_dest: 'Boolean',
    },
    carpool: {
      carpool_flag: 'Number',
      carpool_order_id: 'String',
      passenger_orders: [
        {
          id: 'String',
          status: 'String',
          sub_status: 'String',
          passenger_number: 'Number',
          flng: 'String',
          flat: 'String',
          tlng: 'String',
          tlat: 'String',
        },
      ],
    },
    reassign_info: {
      pre_order_id: 'String',
      next_order_id: 'String',
      init_order_id: 'String',
      latest_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.get`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderGetOperation = {
  method: 'alibaba.happytrip.taxi.order.get',
  responseRoot: 'alibaba_happytrip_taxi_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情 — calls TOP method `alibaba.happytrip.taxi.order.get`.
 *
 * 获取订单状态及详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderGet(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderGetResponse> {
  return client.call<AlibabaHappytripTaxiOrderGetResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.get',
      responseRoot: 'alibaba_happytrip_taxi_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

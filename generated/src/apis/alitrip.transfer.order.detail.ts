// Generated from specs/car/alitrip.transfer.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.transfer.order.detail` (接送订单详情接口). */
export interface AlitripTransferOrderDetailRequest {
  /** 飞猪平台订单id */
  order_id: string;
  /** 分配的服务商Id */
  provider_id?: string;
}

/** Response of `alitrip.transfer.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTransferOrderDetailResponse {
  /** 返回数据 */
  data?: AlitripTransferOrderDetailTransferOrderDetailCallbackRsp;
  /** 信息code */
  message_code?: Int64;
  /** 返回信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TransferOrderDetailCallbackRsp` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferOrderDetailCallbackRsp {
  /** 订单航班信息 */
  transfer_flight_info?: AlitripTransferOrderDetailTransferFlightInfo;
  /** 买家信息 */
  transfer_buyer_info?: AlitripTransferOrderDetailTransferBuyerInfo;
  /** 订单基础信息 */
  transfer_order_info?: AlitripTransferOrderDetailTransferOrderInfo;
  /** 订单发票信息 */
  transfer_invoice_info?: AlitripTransferOrderDetailTransferInvoiceInfo;
  /** 订单金额信息 */
  transfer_order_amount_info?: AlitripTransferOrderDetailTransferOrderAmountInfo;
  /** 司机信息 */
  transfer_drive_info?: AlitripTransferOrderDetailTransferDriveInfo;
  /** 用车信息 */
  transfer_use_car_info?: AlitripTransferOrderDetailTransferUseCarInfo;
}

/** `TransferFlightInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferFlightInfo {
  /** 航班号 */
  flight_no?: string;
  /** 接机到达/送机出发航站楼 */
  airport_terminal?: string;
  /** 出发 机场三字码 */
  dep_air_port_code?: string;
  /** 航班到达时间 */
  flight_arrived_date?: string;
  /** 到达 机场三字码 */
  des_air_port_code?: string;
  /** 航班起飞日期 */
  flight_fly_date?: string;
}

/** `TransferBuyerInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferBuyerInfo {
  /** 飞猪虚拟号 */
  traveller_secret_phone?: string;
  /** 乘客真实号(后四位) */
  passenger_real_phone_last?: string;
  /** 虚拟号失效时间 */
  secret_phone_end_time?: string;
  /** 乘客真实号（可能为空） */
  passenger_real_phone?: string;
}

/** `TransferOrderInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferOrderInfo {
  /** 订单修改时间 */
  modified_time?: string;
  /** 出发地至目的地之间距离 单位(米) */
  distance?: Int64;
  /** 订单id */
  order_id?: string;
  /** 外部商家订单号 */
  out_order_id?: string;
  /** 订单创建时间 */
  created_time?: string;
  /** 订单状态 21-等待商家确认接单，22-商家已确认接单（未派司机），23-商家已确认接单（已派司机），24-司机服务已完成，25-司机已出发，26-司机已到达目的地，27-司机开始服务 ，60-订单已关闭，70-订单已完成 */
  order_status?: Int64;
  /** 打款时间 */
  payment_time?: string;
  /** 关单/取消 原因(没有时为空) */
  cancel_reason?: string;
  /** 退款时间 */
  refund_time?: string;
  /** 是否有责取消（可能为空） */
  close_duty?: boolean;
}

/** `TransferInvoiceInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferInvoiceInfo {
  /** 发票寄送邮箱（用于电子发票） */
  e_invoice_send_email?: string;
  /** 发票类型 1企业 2个人 */
  invoice_type?: Int64;
  /** 企业（公司）税号 */
  tax_no?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** -1:未开具1:开具中;2:开具完成;3:已发送 */
  status?: Int64;
  /** 开票金额(元) */
  amount?: string;
}

/** `TransferOrderAmountInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferOrderAmountInfo {
  /** 总价(单位 元) */
  total_fee?: string;
  /** 实际线上支付金额(单位 元) */
  user_real_pay?: string;
  /** 实际付给商家的钱(单位 元) */
  payment?: string;
  /** 退款金额(单位 元) */
  refund_fee?: string;
}

/** `TransferDriveInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferDriveInfo {
  /** 车牌号 */
  license?: string;
  /** 司机姓名 */
  driver_name?: string;
  /** 司机联系方式 真实号 */
  driver_phone?: string;
  /** 司机推送时间 */
  push_time?: string;
  /** 行李信息 */
  luggage?: string;
}

/** `TransferUseCarInfo` of `alitrip.transfer.order.detail`. */
export interface AlitripTransferOrderDetailTransferUseCarInfo {
  /** 用车时间 */
  car_use_time?: string;
  /** 商家境外客服电话 */
  abroad_customer_service_phone?: string;
  /** 出发地点 */
  origin_address?: string;
  /** 退改规则 */
  cancel_rule?: string;
  /** 车型id */
  car_type_id?: string;
  /** 商家境内客服电话 */
  domestic_customer_service_phone?: string;
  /** 到达地经纬度 */
  to_location?: string;
  /** 到达城市 */
  arrive_city?: string;
  /** 到达城市三字码 */
  arrive_city_code?: string;
  /** 到达地点 */
  arrive_address?: string;
  /** 出发城市 */
  origin_city?: string;
  /** 出发地经纬度 */
  from_location?: string;
  /** 出发城市三字码 */
  origin_city_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  provider_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    transfer_flight_info: {
      flight_no: 'String',
      airport_terminal: 'String',
      dep_air_port_code: 'String',
      flight_arrived_date: 'String',
      des_air_port_code: 'String',
      flight_fly_date: 'String',
    },
    transfer_buyer_info: {
      traveller_secret_phone: 'String',
      passenger_real_phone_last: 'String',
      secret_phone_end_time: 'String',
      passenger_real_phone: 'String',
    },
    transfer_order_info: {
      modified_time: 'Date',
      distance: 'Number',
      order_id: 'String',
      out_order_id: 'String',
      created_time: 'Date',
      order_status: 'Number',
      payment_time: 'Date',
      cancel_reason: 'String',
      refund_time: 'String',
      close_duty: 'Boolean',
    },
    transfer_invoice_info: {
      e_invoice_send_email: 'String',
      invoice_type: 'Number',
      tax_no: 'String',
      invoice_title: 'String',
      status: 'Number',
      amount: 'String',
    },
    transfer_order_amount_info: {
      total_fee: 'String',
      user_real_pay: 'String',
      payment: 'String',
      refund_fee: 'String',
    },
    transfer_drive_info: {
      license: 'String',
      driver_name: 'String',
      driver_phone: 'String',
      push_time: 'String',
      luggage: 'String',
    },
    transfer_use_car_info: {
      car_use_time: 'String',
      abroad_customer_service_phone: 'String',
      origin_address: 'String',
      cancel_rule: 'String',
      car_type_id: 'String',
      domestic_customer_service_phone: 'String',
      to_location: 'String',
      arrive_city: 'String',
      arrive_city_code: 'String',
      arrive_address: 'String',
      origin_city: 'String',
      from_location: 'String',
      origin_city_code: 'String',
    },
  },
  message_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.transfer.order.detail`: method, response root, request and response schemas. */
export const alitripTransferOrderDetailOperation = {
  method: 'alitrip.transfer.order.detail',
  responseRoot: 'alitrip_transfer_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接送订单详情接口 — calls TOP method `alitrip.transfer.order.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTransferOrderDetail(
  client: TopClient,
  request: AlitripTransferOrderDetailRequest,
  options?: CallOptions,
): Promise<AlitripTransferOrderDetailResponse> {
  return client.call<AlitripTransferOrderDetailResponse>(
    {
      method: 'alitrip.transfer.order.detail',
      responseRoot: 'alitrip_transfer_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/car/taobao.alitrip.car.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.car.order.confirm` (司机应答API). */
export interface TaobaoAlitripCarOrderConfirmRequest {
  /** 请求对象 */
  param_order_confirm: TaobaoAlitripCarOrderConfirmOrderConfirmInput;
}

/** Response of `taobao.alitrip.car.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripCarOrderConfirmResponse {
  /** 错误码 */
  message_code?: Int64;
  /** 其它数据 */
  data?: string;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderConfirm` of `taobao.alitrip.car.order.confirm`. */
export interface TaobaoAlitripCarOrderConfirmOrderConfirmInput {
  /** 确认时间 */
  confirm_time?: string;
  /** 0应答1改派 */
  confirm_type: Int64Input;
  /** 车辆描述,车辆颜色,候车地点等 */
  driver_car_desc?: string;
  /** 司机车型名称 */
  driver_car_name?: string;
  /** 司机车牌号 */
  driver_car_no?: string;
  /** 司机名称 */
  driver_name: string;
  /** 司机联系方式。格式：加号+国家区号+空格+当地电话号码 */
  driver_tel?: string;
  /** 阿里旅行订单ID */
  order_id: string;
  /** 服务商标识 */
  provider_id: string;
  /** 服务商订单号 */
  third_order_id?: string;
  /** 可选，卖家id */
  seller_id?: string;
  /** 司机图片，公网可访问链接 */
  driver_pic?: string;
  /** 车型图片，公网可访问链接 */
  car_pic?: string;
  /** 本次用车是否支持 司机实时位置回传。若为true，则飞猪平台在用车实际开始时将从服务商处实时查询司机位置 */
  support_real_time_poi?: boolean;
  /** 司机虚拟号 */
  driver_trumpet_phone?: string;
  /** 司机身份证号 */
  driver_id_number?: string;
  /** 0:接送机 1：实时打车 2：租车(不传值默认为0) */
  use_type?: Int64Input;
  /** 下游供应商logo图片(高德专用) */
  sub_pic?: string;
  /** 下游供应商名称(高德专用) */
  sub_title?: string;
  /** 飞猪车型id(30:出租车 31:经济型 32:舒适型 33:商务型 34:豪华型) */
  car_type_id?: Int64Input;
  /** 下游供应商唯一标识(高德专用) */
  sub_key?: string;
  /** 车辆颜色 */
  driver_car_color?: string;
  /** 车品牌 */
  car_brand?: string;
  /** 车型名称 */
  car_model?: string;
  /** 车龄 */
  car_age?: string;
  /** 性别 */
  deriver_gender?: string;
  /** 打标能力集合 核酸检测KEY */
  feature?: string[];
}

const REQUEST_SCHEMA = {
  param_order_confirm: {
    confirm_time: 'String',
    confirm_type: 'Number',
    driver_car_desc: 'String',
    driver_car_name: 'String',
    driver_car_no: 'String',
    driver_name: 'String',
    driver_tel: 'String',
    order_id: 'String',
    provider_id: 'String',
    third_order_id: 'String',
    seller_id: 'String',
    driver_pic: 'String',
    car_pic: 'String',
    support_real_time_poi: 'Boolean',
    driver_trumpet_phone: 'String',
    driver_id_number: 'String',
    use_type: 'Number',
    sub_pic: 'String',
    sub_title: 'String',
    car_type_id: 'Number',
    sub_key: 'String',
    driver_car_color: 'String',
    car_brand: 'String',
    car_model: 'String',
    car_age: 'String',
    deriver_gender: 'String',
    feature: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message_code: 'Number',
  data: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.car.order.confirm`: method, response root, request and response schemas. */
export const taobaoAlitripCarOrderConfirmOperation = {
  method: 'taobao.alitrip.car.order.confirm',
  responseRoot: 'alitrip_car_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 司机应答API — calls TOP method `taobao.alitrip.car.order.confirm`.
 *
 * 航旅事业群-度假事业部-旅行用车项目组对外部服务商提供的司机应答回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripCarOrderConfirm(
  client: TopClient,
  request: TaobaoAlitripCarOrderConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripCarOrderConfirmResponse> {
  return client.call<TaobaoAlitripCarOrderConfirmResponse>(
    {
      method: 'taobao.alitrip.car.order.confirm',
      responseRoot: 'alitrip_car_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

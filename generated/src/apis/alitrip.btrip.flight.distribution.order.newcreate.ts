// Generated from specs/btrip/alitrip.btrip.flight.distribution.order.newcreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.order.newcreate` (商旅机票分销-创建订单V2). */
export interface AlitripBtripFlightDistributionOrderNewcreateRequest {
  /** 提交订单参数 */
  param_btrip_flight_create_order_rq: AlitripBtripFlightDistributionOrderNewcreateBtripFlightCreateOrderRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.order.newcreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionOrderNewcreateResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionOrderNewcreateHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightCreateOrderRq` of `alitrip.btrip.flight.distribution.order.newcreate`. */
export interface AlitripBtripFlightDistributionOrderNewcreateBtripFlightCreateOrderRqInput {
  /** 出发城市编码 */
  dep_city_code: string;
  /** 到达城市编码 */
  arr_city_code: string;
  /** 出发机场编码 */
  dep_airport_code: string;
  /** 到达机场编码 */
  arr_airport_code: string;
  /** 出发日期 */
  dep_date: DateInput;
  /** 联系人 */
  contact_info: AlitripBtripFlightDistributionOrderNewcreateContactInfoDTOInput;
  /** 乘机人列表 */
  traveler_info_list: AlitripBtripFlightDistributionOrderNewcreateTravelerInfoInput[];
  /** 预定下单加密参数 */
  order_params: string;
  /** 需要订单标记字段 */
  order_attr?: string;
  /** 自动支付 */
  auto_pay?: number;
  /** buyerId */
  buyer_unique_key: string;
  /** 分销商订单id */
  dis_order_id: string;
  /** 商品id */
  ota_item_id: string;
  /** 行程类型 */
  trip_type: Int64Input;
  /** 价格 */
  price: Int64Input;
  /** 1:个人，2：公司 */
  receipt_target?: Int64Input;
  /** 需要统一邮寄发票时，不能为空 */
  receipt_title?: string;
  /** 需要统一邮寄发票时，不能为空 */
  receipt_address?: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 预定人姓名 */
  buyer_name?: string;
}

/** `ContactInfoDTO` of `alitrip.btrip.flight.distribution.order.newcreate`. */
export interface AlitripBtripFlightDistributionOrderNewcreateContactInfoDTOInput {
  /** 联系人姓名 */
  contact_name: string;
  /** 联系人邮箱 */
  contact_email?: string;
  /** 联系人手机号 */
  contact_phone: string;
}

/** `TravelerInfo` of `alitrip.btrip.flight.distribution.order.newcreate`. */
export interface AlitripBtripFlightDistributionOrderNewcreateTravelerInfoInput {
  /** 乘客类型 */
  type: string;
  /** 姓名 */
  name: string;
  /** 证件类型 */
  cert_type: string;
  /** 证件号 */
  cert_no: string;
  /** 员工编号（外部分销商用户Id） */
  user_id: string;
  /** 手机号 */
  phone?: string;
  /** 生日 */
  birthday?: string;
  /** 证件有效期 */
  cert_valid_date?: string;
  /** 证件签发国 */
  cert_nation?: string;
  /** 性别0:男，1:女 */
  sex?: number;
  /** 国籍 */
  nationality?: string;
  /** 国籍二字码 */
  nationality_code?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.order.newcreate`. */
export interface AlitripBtripFlightDistributionOrderNewcreateHisvResult {
  /** 创单返回信息 */
  module?: AlitripBtripFlightDistributionOrderNewcreateBtripFlightCreateOrderRs;
  /** 结果代码 */
  result_code?: Int64;
  /** 结果提示问题 */
  result_msg?: string;
  /** 下单 */
  success?: boolean;
}

/** `BtripFlightCreateOrderRs` of `alitrip.btrip.flight.distribution.order.newcreate`. */
export interface AlitripBtripFlightDistributionOrderNewcreateBtripFlightCreateOrderRs {
  /** 商旅订单号 */
  btrip_order_id?: Int64;
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 总价格 */
  total_price?: Int64;
  /** 最后支付时间 */
  last_pay_time?: string;
  /** 支付状态（-1: 虚拟状态，代表下单错误 1: 未提交（买家未支付订金） 4: 处理中（等待卖家处理） 5: 成功（订票成功） 10: 失败（订票失败） 28:确定出票 31:订单待确认状态 32:订单可支付状态） */
  order_status?: Int64;
  /** 订单状态（0:初始状态 1:冻结成功 3:解冻成功 5:转交易成功 9.创建交易成功 11.关闭交易成功 13.卖家确认可支付） */
  pay_status?: Int64;
  /** 支付宝交易编号 */
  alipay_trade_no?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_create_order_rq: {
    dep_city_code: 'String',
    arr_city_code: 'String',
    dep_airport_code: 'String',
    arr_airport_code: 'String',
    dep_date: 'Date',
    contact_info: {
      contact_name: 'String',
      contact_email: 'String',
      contact_phone: 'String',
    },
    traveler_info_list: [
      {
        type: 'String',
        name: 'String',
        cert_type: 'String',
        cert_no: 'String',
        user_id: 'String',
        phone: 'String',
        birthday: 'String',
        cert_valid_date: 'String',
        cert_nation: 'String',
        sex: 'byte',
        nationality: 'String',
        nationality_code: 'String',
      },
    ],
    order_params: 'String',
    order_attr: 'String',
    auto_pay: 'byte',
    buyer_unique_key: 'String',
    dis_order_id: 'String',
    ota_item_id: 'String',
    trip_type: 'Number',
    price: 'Number',
    receipt_target: 'Number',
    receipt_title: 'String',
    receipt_address: 'String',
    sub_channel: 'String',
    buyer_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      btrip_order_id: 'Number',
      dis_order_id: 'String',
      total_price: 'Number',
      last_pay_time: 'Date',
      order_status: 'Number',
      pay_status: 'Number',
      alipay_trade_no: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.order.newcreate`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionOrderNewcreateOperation = {
  method: 'alitrip.btrip.flight.distribution.order.newcreate',
  responseRoot: 'alitrip_btrip_flight_distribution_order_newcreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票分销-创建订单V2 — calls TOP method `alitrip.btrip.flight.distribution.order.newcreate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionOrderNewcreate(
  client: TopClient,
  request: AlitripBtripFlightDistributionOrderNewcreateRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionOrderNewcreateResponse> {
  return client.call<AlitripBtripFlightDistributionOrderNewcreateResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.order.newcreate',
      responseRoot: 'alitrip_btrip_flight_distribution_order_newcreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

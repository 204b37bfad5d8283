// Generated from specs/xhoteloffline/taobao.xhotel.order.alipayface.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.alipayface.create` (信用住支付创建接口). */
export interface TaobaoXhotelOrderAlipayfaceCreateRequest {
  /** 商家系统的订单号，必须全局唯一，重复会按照相同订单处理 */
  out_order_id: string;
  /** 发布到阿里旅行的酒店编码 */
  hotel_code: string;
  /** 入住日期 */
  check_in: DateInput;
  /** 离店日期(最多允许9天) */
  check_out: DateInput;
  /** 预定的房间数量 */
  room_quantity: Int64Input;
  /** 总房费,单位为分 */
  total_fee: Int64Input;
  /** 每日房价,json格式 */
  daily_price_info?: string;
  /** 房型名称 */
  roomtype_name?: string;
  /** rateplan名称(不清楚可以留空) */
  rateplan_name?: string;
  /**
   * 入住人信息, 注意必须有且只有一个设置为主入住人, 用于信用住结算扣款. 对于java版本的SDK可以使用setGuests(List &lt Guest &gt guests)赋值; 对于.net等其他版本SDK可以通过将List &lt Guest&gt结构数据转为json串赋值.
   *
   * Max list size: 20
   */
  guests: TaobaoXhotelOrderAlipayfaceCreateGuestInput[];
  /** 扫描用户支付宝得到的串号, 该字段不为空时会采用串号对应的支付宝账号进行信用住结算 */
  alipay_number?: string;
  /** 订单渠道信息,可以留空 */
  channel?: string;
  /**
   * 不清楚请留空, 用于和outHid共同定位一个酒店
   *
   * Max length: 50
   */
  vendor?: string;
  /** 是否为自助入住模式下创建订单，是：true,否：false */
  self_checkin?: boolean;
}

/** Response of `taobao.xhotel.order.alipayface.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderAlipayfaceCreateResponse {
  /** 阿里旅行生成的订单id，该字段很重要，后续结账等操作都要使用tid */
  tid?: Int64;
  /** 阿里旅行为该笔订单提供的最大杂费(不含房费)担保金额,单位为分. 注意该金额指客人除了房费以外可消费的金额上限 */
  guarantee_amout?: Int64;
  /** 酒店订单号, 和入参中传入一致 */
  out_order_id?: string;
  /** 用于当传入多个入住人时, 将阿里旅行最终用于结算的入住人信息回传 */
  main_id_number?: string;
  /** 阿里旅行平台提供的优惠金额,单位为分 */
  alitrip_discount?: Int64;
  /** 商家自身提供给该订单的优惠金额，单位为分 */
  seller_discount?: Int64;
  /** 用于签约和扣款的买家淘宝账号 */
  buyer_nick?: string;
  /** 阿里旅行生成的备注信息,用于提示用户一些注意事宜. 请将该字段的信息打印到客人的入住单上. 如果为空代表没有阿里旅行方面的特殊备注 */
  remark?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Guest` of `taobao.xhotel.order.alipayface.create`. */
export interface TaobaoXhotelOrderAlipayfaceCreateGuestInput {
  /** 加密方式, 默认0: 不加密, 信息会通过淘宝开放平台传输, 阿里旅行可以获取到具体信息; 1: SHA-1不可逆加密, 阿里旅行方面无法解析到具体信息, 只用于做信息匹配.注意加密后生成40字节长度的字符串 */
  encrypt_type?: Int64Input;
  /** 姓名, 如果加密方式设置为1, 传入加密后的姓名 */
  name: string;
  /** 证件号, 如果加密方式设置为1, 传入加密后的证件号 */
  id_number: string;
  /** 手机号, 如果加密方式设置为1, 传入加密后的手机号 */
  phone?: string;
  /** 证件类型, 默认0:身份证; 1: 护照; 2:警官证; 3:士兵证; 4: 回乡证 */
  id_type?: Int64Input;
  /** 是否主入住人，该入住人会参与信用住结算扣款，多个入住人时必须有且仅有一个该字段设置为true */
  is_main: boolean;
}

const REQUEST_SCHEMA = {
  out_order_id: 'String',
  hotel_code: 'String',
  check_in: 'Date',
  check_out: 'Date',
  room_quantity: 'Number',
  total_fee: 'Number',
  daily_price_info: 'String',
  roomtype_name: 'String',
  rateplan_name: 'String',
  guests: [
    {
      encrypt_type: 'Number',
      name: 'String',
      id_number: 'String',
      phone: 'String',
      id_type: 'Number',
      is_main: 'Boolean',
    },
  ],
  alipay_number: 'String',
  channel: 'String',
  vendor: 'String',
  self_checkin: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tid: 'Number',
  guarantee_amout: 'Number',
  out_order_id: 'String',
  main_id_number: 'String',
  alitrip_discount: 'Number',
  seller_discount: 'Number',
  buyer_nick: 'String',
  remark: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.alipayface.create`: method, response root, request and response schemas. */
export const taobaoXhotelOrderAlipayfaceCreateOperation = {
  method: 'taobao.xhotel.order.alipayface.create',
  responseRoot: 'xhotel_order_alipayface_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信用住支付创建接口 — calls TOP method `taobao.xhotel.order.alipayface.create`.
 *
 * 用于创建一笔信用住支付，主要应用场景是线下信用住
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderAlipayfaceCreate(
  client: TopClient,
  request: TaobaoXhotelOrderAlipayfaceCreateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderAlipayfaceCreateResponse> {
  return client.call<TaobaoXhotelOrderAlipayfaceCreateResponse>(
    {
      method: 'taobao.xhotel.order.alipayface.create',
      responseRoot: 'xhotel_order_alipayface_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

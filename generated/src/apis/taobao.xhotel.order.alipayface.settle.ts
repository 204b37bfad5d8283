// Generated from specs/xhotelonlineorder/taobao.xhotel.order.alipayface.settle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.alipayface.settle` (信用住订单结账接口). */
export interface TaobaoXhotelOrderAlipayfaceSettleRequest {
  /** 淘宝订单id,必须填写 */
  tid?: Int64Input;
  /** 房费总额(必须大于0)。结账时请按订单原价发起结账卖家优惠由飞猪平台发起扣减 */
  total_room_fee: Int64Input;
  /** 杂费总额(不能为负数) */
  other_fee: Int64Input;
  /**
   * 杂费明细,如果otherFee>0则该字段必须设置,并和杂费金额相吻合
   *
   * Max length: 1024
   */
  other_fee_detail?: string;
  /** 商家订单号 */
  out_id?: string;
  /** 入住房间号 */
  room_no?: string;
  /** 每日房价,json格式(包含日期，价格，税费，低价加价前费用等),如果房价和在阿里旅行下单时发生了变化，必须设置该字段.用于更新阿里旅行端的房价信息,涉及到对用户的优惠信息处理等环节(多间房的时候dailyPriceInfo留空) */
  daily_price_info?: string;
  /** 实际离店日期，用于校验总房费收取 */
  check_out: DateInput;
  /**
   * 备注
   *
   * Max length: 512
   */
  memo?: string;
  /**
   * 单间房明细
   *
   * Max list size: 20
   */
  room_settle_info_list?: TaobaoXhotelOrderAlipayfaceSettleRoomSettleInfoInput[];
  /** 此金额是否包含担保金 0：默认值无意义；1：包含；2：不包含 */
  contain_guarantee?: Int64Input;
  /** 结账变价标识，0未变价，1变价 */
  price_change?: Int64Input;
  /** 币种标识，默认人民币 */
  currency_code?: string;
  /** 汇率 */
  currency_rate?: string;
  /** 税和服务费 */
  tax_and_fee?: Int64Input;
  /** 应收金额,大于0时，直接按照此金额扣款，忽略房费和杂费金额。该字段仅适用于自助入住订单场景 */
  amount?: Int64Input;
  /** 酒店外部编码 */
  hotel_code?: string;
}

/** Response of `taobao.xhotel.order.alipayface.settle`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderAlipayfaceSettleResponse {
  /** 返回 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoomSettleInfo` of `taobao.xhotel.order.alipayface.settle`. */
export interface TaobaoXhotelOrderAlipayfaceSettleRoomSettleInfoInput {
  /** 房间号 */
  room_no?: string;
  /** 房间费（大于零） */
  room_fee?: Int64Input;
  /** 房间杂费（不能为负数） */
  room_other_fee?: Int64Input;
  /** 房间杂费明细 （当房间杂费存在时候，此值不能空。格式与原有杂费格式otherFeeDetail的格式相同）eg;{"洗衣费":5000,"水吧":10000,"优惠":1000} */
  room_other_fee_detail?: string;
  /** 房间check in 时间 */
  room_check_in?: DateInput;
  /** 房间check out时间 */
  room_check_out?: DateInput;
  /** 日历价格,json格式(包含日期，价格，税费，低价加价前费用等),（每个房间的日历价格，多间房结账必填） */
  daily_price_info?: string;
  /** 房间状态；1:未入住（担保且需扣款）；2:取消成功（卖家取消；担保noshow且双方协商一致不扣款）；3:已入住 */
  room_status?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  total_room_fee: 'Number',
  other_fee: 'Number',
  other_fee_detail: 'String',
  out_id: 'String',
  room_no: 'String',
  daily_price_info: 'String',
  check_out: 'Date',
  memo: 'String',
  room_settle_info_list: [
    {
      room_no: 'String',
      room_fee: 'Number',
      room_other_fee: 'Number',
      room_other_fee_detail: 'String',
      room_check_in: 'Date',
      room_check_out: 'Date',
      daily_price_info: 'String',
      room_status: 'String',
    },
  ],
  contain_guarantee: 'Number',
  price_change: 'Number',
  currency_code: 'String',
  currency_rate: 'String',
  tax_and_fee: 'Number',
  amount: 'Number',
  hotel_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.alipayface.settle`: method, response root, request and response schemas. */
export const taobaoXhotelOrderAlipayfaceSettleOperation = {
  method: 'taobao.xhotel.order.alipayface.settle',
  responseRoot: 'xhotel_order_alipayface_settle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信用住订单结账接口 — calls TOP method `taobao.xhotel.order.alipayface.settle`.
 *
 * 用于离店付订单在客人离店后，发起结账以及扣款等后续动作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderAlipayfaceSettle(
  client: TopClient,
  request: TaobaoXhotelOrderAlipayfaceSettleRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderAlipayfaceSettleResponse> {
  return client.call<TaobaoXhotelOrderAlipayfaceSettleResponse>(
    {
      method: 'taobao.xhotel.order.alipayface.settle',
      responseRoot: 'xhotel_order_alipayface_settle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

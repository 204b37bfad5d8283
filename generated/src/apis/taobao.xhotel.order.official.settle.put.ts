// Generated from specs/xhotelofficial/taobao.xhotel.order.official.settle.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.official.settle.put` (官网信用住结账接口). */
export interface TaobaoXhotelOrderOfficialSettlePutRequest {
  /** 淘宝订单id,必须填写 */
  tid?: Int64Input;
  /** 房费总额(必须大于0) */
  total_room_fee: Int64Input;
  /** 杂费总额(不能为负数) */
  other_fee: Int64Input;
  /** 杂费明细,如果otherFee>0则该字段必须设置,并和杂费金额相吻合 */
  other_fee_detail?: string;
  /** 商家订单号 */
  out_id?: string;
  /** 入住房间号 */
  room_no?: string;
  /** 每日房价,json格式,如果房价和在阿里旅行下单时发生了变化，必须设置该字段.用于更新阿里旅行端的房价信息,涉及到对用户的优惠信息处理等环节(多间房的时候dailyPriceInfo留空) */
  daily_price_info?: string;
  /** 实际离店日期，用于校验总房费收取 */
  check_out: DateInput;
  /** 备注 */
  memo?: string;
  /**
   * 房间明细列表
   *
   * Max list size: 20
   */
  room_settle_info_list?: TaobaoXhotelOrderOfficialSettlePutRoomSettleInfoInput[];
  /** 此金额是否包含担保金 0：默认值无意义；1：包含；2：不包含（多间房结账必须传入） */
  contain_guarantee?: Int64Input;
  /** 结账请求流水号 */
  out_uuid?: string;
  /** 请求结果通知地址（暂时无效，无需传入） */
  notify_url?: string;
}

/** Response of `taobao.xhotel.order.official.settle.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderOfficialSettlePutResponse {
  /** 返回结果 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RoomSettleInfo` of `taobao.xhotel.order.official.settle.put`. */
export interface TaobaoXhotelOrderOfficialSettlePutRoomSettleInfoInput {
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
  /** 日历价格（每个房间的日历价格，多间房结账必填） */
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
  out_uuid: 'String',
  notify_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.official.settle.put`: method, response root, request and response schemas. */
export const taobaoXhotelOrderOfficialSettlePutOperation = {
  method: 'taobao.xhotel.order.official.settle.put',
  responseRoot: 'xhotel_order_official_settle_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 官网信用住结账接口 — calls TOP method `taobao.xhotel.order.official.settle.put`.
 *
 * 用于酒店官网信用住商家结账调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderOfficialSettlePut(
  client: TopClient,
  request: TaobaoXhotelOrderOfficialSettlePutRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderOfficialSettlePutResponse> {
  return client.call<TaobaoXhotelOrderOfficialSettlePutResponse>(
    {
      method: 'taobao.xhotel.order.official.settle.put',
      responseRoot: 'xhotel_order_official_settle_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

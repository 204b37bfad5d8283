// Generated from specs/ship/alitrip.ship.order.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ship.order.notify` (订单信息回填(出票回调)). */
export interface AlitripShipOrderNotifyRequest {
  /** 出票入参 */
  confirm_book_r_q?: AlitripShipOrderNotifyShipAgentConfirmBookRqInput;
}

/** Response of `alitrip.ship.order.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripShipOrderNotifyResponse {
  /** 错误码 */
  ret_code?: string;
  /** 错误描述 */
  ret_msg?: string;
  /** 是否成功 */
  ret_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShipAgentConfirmBookRq` of `alitrip.ship.order.notify`. */
export interface AlitripShipOrderNotifyShipAgentConfirmBookRqInput {
  /** 商家订单id */
  agent_order_id: string;
  /** 飞猪订单id */
  alitrip_order_id: string;
  /** 取票地址信息 */
  fetch_tickets_address?: string;
  /** 取票号 */
  fetch_tickets_number?: string;
  /** 取票密码 */
  fetch_tickets_pwd?: string;
  /** 淘宝订单Id */
  main_biz_order_id?: Int64Input;
  /** 取票短信内容 */
  message?: string;
  /** 扩展属性 */
  order_attr?: string;
  /** 乘客列表 */
  passenger_list?: AlitripShipOrderNotifyShipAgentConfirmBookPassengerInfoInput[];
  /** 出票结果 */
  success: boolean;
  /** 票数 */
  ticket_count?: Int64Input;
  /** 检票口 */
  ticket_wicket?: string;
  /** 总价 */
  total_price?: Int64Input;
  /** 出票失败错误码 */
  failed_code?: string;
}

/** `ShipAgentConfirmBookPassengerInfo` of `alitrip.ship.order.notify`. */
export interface AlitripShipOrderNotifyShipAgentConfirmBookPassengerInfoInput {
  /** 乘客证件号 */
  passenger_cert_no?: string;
  /** 乘客证件类型 */
  passenger_cert_type?: string;
  /** 乘客id */
  passenger_id?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 票信息 */
  ticket_list?: AlitripShipOrderNotifyShipAgentConfirmBookTicketInfoInput[];
}

/** `ShipAgentConfirmBookTicketInfo` of `alitrip.ship.order.notify`. */
export interface AlitripShipOrderNotifyShipAgentConfirmBookTicketInfoInput {
  /** 电子票号 */
  e_ticket_no?: string;
  /** 票描述 */
  ticket_desc?: string;
  /** 票Id */
  ticket_id: string;
  /** 票号 */
  ticket_no?: string;
  /** 票价格(分) */
  ticket_price: Int64Input;
  /** 取票密码 */
  ticket_pwd?: string;
  /** 座位号 */
  ticket_seat_no?: string;
  /** 票状态：1-出票中2-已出票3-无票4-退票中5-已退票6-退票失败 */
  ticket_status?: string;
  /** 子票种类型11-去程;12-往返;21普通门票；31酒店 */
  ticket_sub_type?: string;
  /** 票标题 */
  ticket_title?: string;
  /** 票种类别1-船票;2-门票;3-酒店;4-其他 */
  ticket_type: string;
  /** 扩展属性数据 */
  ext_attr?: string;
  /** 过期时间 */
  expire_time?: DateInput;
}

const REQUEST_SCHEMA = {
  confirm_book_r_q: {
    agent_order_id: 'String',
    alitrip_order_id: 'String',
    fetch_tickets_address: 'String',
    fetch_tickets_number: 'String',
    fetch_tickets_pwd: 'String',
    main_biz_order_id: 'Number',
    message: 'String',
    order_attr: 'String',
    passenger_list: [
      {
        passenger_cert_no: 'String',
        passenger_cert_type: 'String',
        passenger_id: 'String',
        passenger_name: 'String',
        ticket_list: [
          {
            e_ticket_no: 'String',
            ticket_desc: 'String',
            ticket_id: 'String',
            ticket_no: 'String',
            ticket_price: 'Number',
            ticket_pwd: 'String',
            ticket_seat_no: 'String',
            ticket_status: 'String',
            ticket_sub_type: 'String',
            ticket_title: 'String',
            ticket_type: 'String',
            ext_attr: 'String',
            expire_time: 'Date',
          },
        ],
      },
    ],
    success: 'Boolean',
    ticket_count: 'Number',
    ticket_wicket: 'String',
    total_price: 'Number',
    failed_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'String',
  ret_msg: 'String',
  ret_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ship.order.notify`: method, response root, request and response schemas. */
export const alitripShipOrderNotifyOperation = {
  method: 'alitrip.ship.order.notify',
  responseRoot: 'alitrip_ship_order_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单信息回填(出票回调) — calls TOP method `alitrip.ship.order.notify`.
 *
 * 此接口为接入商调用飞猪旅行接口回填票号、密码(验证码)等订单信息。接口根据alitripOrderId幂等。若第一次调用失败，后续调用仍然可以回填票号、密码(验证码)成功。第一次调用成功后，后续调用会直接返回第一次的调用结果，不会再产生更新操作。多张票同时出票回填时，保证原子性，只允许全部成功或者全部失败，不能存在部分成功或者失败
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripShipOrderNotify(
  client: TopClient,
  request: AlitripShipOrderNotifyRequest = {},
  options?: CallOptions,
): Promise<AlitripShipOrderNotifyResponse> {
  return client.call<AlitripShipOrderNotifyResponse>(
    {
      method: 'alitrip.ship.order.notify',
      responseRoot: 'alitrip_ship_order_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

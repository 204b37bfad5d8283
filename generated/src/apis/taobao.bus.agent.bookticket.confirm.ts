// Generated from specs/bus/taobao.bus.agent.bookticket.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.agent.bookticket.confirm` (汽车票代理商接口—确认出票是否成功). */
export interface TaobaoBusAgentBookticketConfirmRequest {
  /** 请求对象 */
  param_agent_confirm_book_r_q: TaobaoBusAgentBookticketConfirmAgentConfirmBookRQInput;
}

/** Response of `taobao.bus.agent.bookticket.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusAgentBookticketConfirmResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 是否确认成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgentConfirmBookRQ` of `taobao.bus.agent.bookticket.confirm`. */
export interface TaobaoBusAgentBookticketConfirmAgentConfirmBookRQInput {
  /** 代理商订单号 */
  agent_order_id: string;
  /** 1223dsd32323 */
  bus_inner_order_id?: string;
  /** 取票地点 */
  fetch_tickets_address?: string;
  /** 取票号 */
  fetch_tickets_number?: string;
  /** 取票密码 */
  fetch_tickets_pwd?: string;
  /** 短信内容。商家如有特殊定制，则需要严格按照参数返回json格式数据。{"driverContactPhone":"18611330989","identificationCode","988838389","ticketInstructions":"套票使用说明"} driverContactPhone:司机联系电话 identificationCode:乘车验证码 ticketInstructions:门票使用说明（仅供门票+车票 类型商品使用，非必填，默认为“凭身份证入园”） */
  message?: string;
  /** 乘客信息 */
  passenger_info_list?: TaobaoBusAgentBookticketConfirmAgentConfirmBookPassengerInfoInput[];
  /** 座位号，多个座位号以","分隔 */
  rider_seat_numbers?: string;
  /** 是否出票成功 */
  success: boolean;
  /** 票数 */
  ticket_count?: Int64Input;
  /** 检票口 */
  ticket_wicket?: string;
  /** 总价格 */
  total_price?: Int64Input;
  /** 车辆&司机电话等信息 */
  agent_confirm_book_schedule_info?: TaobaoBusAgentBookticketConfirmAgentConfirmBookScheduleInfoInput;
}

/** `AgentConfirmBookPassengerInfo` of `taobao.bus.agent.bookticket.confirm`. */
export interface TaobaoBusAgentBookticketConfirmAgentConfirmBookPassengerInfoInput {
  /** 票ID */
  agent_ticket_id?: string;
  /** 证件号码 */
  passenger_cert_no?: string;
  /** 证件类型:01-身份证;02-护照;03-港澳通行证;04-台湾通行证 */
  passenger_cert_type?: string;
  /** 乘客名称 */
  passenger_name?: string;
  /** 座位号 */
  seat_no?: string;
}

/** `AgentConfirmBookScheduleInfo` of `taobao.bus.agent.bookticket.confirm`. */
export interface TaobaoBusAgentBookticketConfirmAgentConfirmBookScheduleInfoInput {
  /** 司机姓名 */
  driver_name?: string;
  /** 司机联系电话 */
  driver_phone?: string;
  /** 车牌号 */
  license_plate_number?: string;
  /** 车型 */
  motorcycle_type?: string;
  /** 车辆品牌 */
  vehicle_brands?: string;
}

const REQUEST_SCHEMA = {
  param_agent_confirm_book_r_q: {
    agent_order_id: 'String',
    bus_inner_order_id: 'String',
    fetch_tickets_address: 'String',
    fetch_tickets_number: 'String',
    fetch_tickets_pwd: 'String',
    message: 'String',
    passenger_info_list: [
      {
        agent_ticket_id: 'String',
        passenger_cert_no: 'String',
        passenger_cert_type: 'String',
        passenger_name: 'String',
        seat_no: 'String',
      },
    ],
    rider_seat_numbers: 'String',
    success: 'Boolean',
    ticket_count: 'Number',
    ticket_wicket: 'String',
    total_price: 'Number',
    agent_confirm_book_schedule_info: {
      driver_name: 'String',
      driver_phone: 'String',
      license_plate_number: 'String',
      motorcycle_type: 'String',
      vehicle_brands: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.agent.bookticket.confirm`: method, response root, request and response schemas. */
export const taobaoBusAgentBookticketConfirmOperation = {
  method: 'taobao.bus.agent.bookticket.confirm',
  responseRoot: 'bus_agent_bookticket_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票代理商接口—确认出票是否成功 — calls TOP method `taobao.bus.agent.bookticket.confirm`.
 *
 * 代理商通过该接口通知汽车票系统订单出票结果。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusAgentBookticketConfirm(
  client: TopClient,
  request: TaobaoBusAgentBookticketConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoBusAgentBookticketConfirmResponse> {
  return client.call<TaobaoBusAgentBookticketConfirmResponse>(
    {
      method: 'taobao.bus.agent.bookticket.confirm',
      responseRoot: 'bus_agent_bookticket_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

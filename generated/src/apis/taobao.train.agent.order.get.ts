// Generated from specs/train/taobao.train.agent.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.get` (代理商获取订单信息回调API). */
export interface TaobaoTrainAgentOrderGetRequest {
  /** 淘宝的主订单号 */
  main_order_id: Int64Input;
  /** 代理商id */
  agent_id: Int64Input;
}

/** Response of `taobao.train.agent.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderGetResponse {
  /** ttp_order_id */
  ttp_order_id?: Int64;
  /** 返回错误。 */
  is_success?: boolean;
  /** 主订单id */
  main_order_id?: Int64;
  /** 火车票信息。 */
  tickets?: TaobaoTrainAgentOrderGetToAgentTicketInfo[];
  /** 整个订单的总价,包括每张票价及保险价格,价格精确到分,例如100元,输出为10000. */
  total_price?: Int64;
  /** 移动电话 */
  telephone?: string;
  /** 是否需要保险邮件地址 */
  mailing?: boolean;
  /** 保险邮件地址 */
  address?: string;
  /** 联系人姓名 */
  relation_name?: string;
  /** 如果是公司发票，需要公司名称，如果不需要公司名称，返回no */
  company_name?: string;
  /** 1-已付款，2-关闭，3-成功 */
  order_status?: Int64;
  /** 最晚出票时间 */
  latest_issue_time?: string;
  /** 订单类型0:默认订单类型走代理商账号；1：走12306客户绑定的账号；2：线下邮寄票 */
  order_type?: Int64;
  /** 纸质票类型: 1 靠窗,2 连坐,3 上铺,4 中铺,5 下铺,6 是否同包厢 */
  paper_type?: Int64;
  /** 当下铺/靠窗/连坐无票时,是否支持非下铺/非靠窗/非连坐(0不接受,1接受) */
  paper_backup?: Int64;
  /** 至少接受下铺/靠窗/连坐数量 */
  paper_low_seat_count?: Int64;
  /** 线下票收件人姓名 */
  transport_name?: string;
  /** 线下票收件人手机号 */
  transport_phone?: string;
  /** 线下票收件人地址 */
  transport_address?: string;
  /** 快递费（分） */
  transport_price?: Int64;
  /** 手续费总价（分） */
  service_price?: Int64;
  /** 扩展字段 */
  extend_params?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ToAgentTicketInfo` of `taobao.train.agent.order.get`. */
export interface TaobaoTrainAgentOrderGetToAgentTicketInfo {
  /** 学生信息 */
  student_info?: TaobaoTrainAgentOrderGetStudentInfo;
  /** 淘宝火车票子订单id. */
  sub_order_id?: string;
  /** 出发站 */
  from_station?: string;
  /** 出发时间 */
  from_time?: string;
  /** 到达站 */
  to_station?: string;
  /** 坐席 */
  seat?: Int64;
  /** 车次 */
  train_num?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 证件编号 */
  certificate_num?: string;
  /** 证件类型，0:身份证 1:护照 4:港澳通行证 5:台湾通行证 */
  certificate_type?: string;
  /** 保险价格，精确到分，例如10元，输入1000。 */
  insurance_price?: Int64;
  /** 单张票价(不包含保险价格),例如100元,输出为10000,精确到分. */
  ticket_price?: Int64;
  /** 乘客生日 */
  birthday?: string;
  /** 到站时间 */
  to_time?: string;
  /** 1:单程票 */
  tag?: Int64;
  /** 保险的单一价格 */
  insurance_unit_price?: Int64;
  /** 0:成人 1:儿童 2：学生 */
  passenger_type?: Int64;
}

/** `StudentInfo` of `taobao.train.agent.order.get`. */
export interface TaobaoTrainAgentOrderGetStudentInfo {
  /** demo */
  card?: string;
  /** demo */
  classes?: string;
  /** demo */
  depart_ment?: string;
  /** demo */
  eductional_system?: string;
  /** demo */
  entrance_year?: string;
  /** demo */
  from_city?: string;
  /** demo */
  school_name?: string;
  /** demo */
  school_province?: string;
  /** demo */
  student_no?: string;
  /** demo */
  to_city?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ttp_order_id: 'Number',
  is_success: 'Boolean',
  main_order_id: 'Number',
  tickets: [
    {
      student_info: {
        card: 'String',
        classes: 'String',
        depart_ment: 'String',
        eductional_system: 'String',
        entrance_year: 'String',
        from_city: 'String',
        school_name: 'String',
        school_province: 'String',
        student_no: 'String',
        to_city: 'String',
      },
      sub_order_id: 'String',
      from_station: 'String',
      from_time: 'String',
      to_station: 'String',
      seat: 'Number',
      train_num: 'String',
      passenger_name: 'String',
      certificate_num: 'String',
      certificate_type: 'String',
      insurance_price: 'Number',
      ticket_price: 'Number',
      birthday: 'String',
      to_time: 'String',
      tag: 'Number',
      insurance_unit_price: 'Number',
      passenger_type: 'Number',
    },
  ],
  total_price: 'Number',
  telephone: 'String',
  mailing: 'Boolean',
  address: 'String',
  relation_name: 'String',
  company_name: 'String',
  order_status: 'Number',
  latest_issue_time: 'Date',
  order_type: 'Number',
  paper_type: 'Number',
  paper_backup: 'Number',
  paper_low_seat_count: 'Number',
  transport_name: 'String',
  transport_phone: 'String',
  transport_address: 'String',
  transport_price: 'Number',
  service_price: 'Number',
  extend_params: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.get`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderGetOperation = {
  method: 'taobao.train.agent.order.get',
  responseRoot: 'train_agent_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代理商获取订单信息回调API — calls TOP method `taobao.train.agent.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderGet(
  client: TopClient,
  request: TaobaoTrainAgentOrderGetRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderGetResponse> {
  return client.call<TaobaoTrainAgentOrderGetResponse>(
    {
      method: 'taobao.train.agent.order.get',
      responseRoot: 'train_agent_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

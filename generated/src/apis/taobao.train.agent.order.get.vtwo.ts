// Generated from specs/train/taobao.train.agent.order.get.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.get.vtwo` (代理商获取订单信息回调APIv2--增加鉴权校验). */
export interface TaobaoTrainAgentOrderGetVtwoRequest {
  /** 淘宝的主订单号 */
  main_order_id: Int64Input;
  /** 代理商id */
  agent_id: Int64Input;
}

/** Response of `taobao.train.agent.order.get.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderGetVtwoResponse {
  /** 保险邮件地址 */
  address?: string;
  /** 如果是公司发票，需要公司名称，如果不需要公司名称，返回no */
  company_name?: string;
  /** 是否需要保险邮件地址 */
  mailing?: boolean;
  /** 主订单id */
  main_order_id?: Int64;
  /** 1-已付款，2-关闭，3-成功 */
  order_status?: Int64;
  /** 联系人姓名 */
  relation_name?: string;
  /** 返回错误。 */
  is_success?: boolean;
  /** 移动电话 */
  telephone?: string;
  /** 火车票信息。 */
  tickets?: TaobaoTrainAgentOrderGetVtwoToAgentTicketInfo[];
  /** 整个订单的总价,包括每张票价及保险价格,价格精确到分,例如100元,输出为10000. */
  total_price?: Int64;
  /** 最晚出票时间 */
  latest_issue_time?: string;
  /** ttp_order_id */
  ttp_order_id?: Int64;
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
  /** 1A2B */
  online_book_seat?: string;
  /** interchangeStation */
  interchange_station?: string;
  /** isMultiTrip */
  is_multi_trip?: string;
  /** 是否需要发票 */
  need_receipt?: boolean;
  /** 是否接受非定制坐席 1:是 0:否 */
  accept_no_vip_custom?: Int64;
  /** 用户可接受的最少定制票数量 */
  vip_custom_min_seat_count?: Int64;
  /** 定制票类型 1:下铺 2:下铺or中铺 3:过道 4:靠窗 */
  vip_custom_type?: Int64;
  /** 是否需要乘车人退款 true:需要 false:不需要 */
  refund_by_passenger?: boolean;
  /** vip定制信息 */
  vip_custom_list?: TaobaoTrainAgentOrderGetVtwoVipCustomResultItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ToAgentTicketInfo` of `taobao.train.agent.order.get.vtwo`. */
export interface TaobaoTrainAgentOrderGetVtwoToAgentTicketInfo {
  /** 乘客生日 */
  birthday?: string;
  /** 证件编号 */
  certificate_num?: string;
  /** 证件类型，0:身份证 1:护照 4:港澳通行证 5:台湾通行证 */
  certificate_type?: string;
  /** 出发站 */
  from_station?: string;
  /** 出发时间 */
  from_time?: string;
  /** 保险价格，精确到分，例如10元，输入1000。 */
  insurance_price?: Int64;
  /** 保险的单一价格 */
  insurance_unit_price?: Int64;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 0:成人 1:儿童 2：学生 */
  passenger_type?: Int64;
  /** 坐席 */
  seat?: Int64;
  /** 淘宝火车票子订单id. */
  sub_order_id?: string;
  /** 1:单程票 */
  tag?: Int64;
  /** 单张票价(不包含保险价格),例如100元,输出为10000,精确到分. */
  ticket_price?: Int64;
  /** 到达站 */
  to_station?: string;
  /** 到站时间 */
  to_time?: string;
  /** 车次 */
  train_num?: string;
  /** 学生信息 */
  student_info?: TaobaoTrainAgentOrderGetVtwoStudentInfo;
  /** segmentIndex */
  segment_index?: Int64;
  /** 证件有效期 */
  valid_until?: string;
  /** 国家code */
  nationality_code?: string;
  /** 国家名称 */
  nationality?: string;
  /** 性别 1：男 0：女 */
  gender?: string;
  /** 联系人电话 */
  telephone?: string;
  /** 实际票价(不包含保险价格),例如100元,输出为10000,精确到分. */
  real_ticket_price?: Int64;
  /** 是否支持无座 */
  support_no_seat?: boolean;
}

/** `StudentInfo` of `taobao.train.agent.order.get.vtwo`. */
export interface TaobaoTrainAgentOrderGetVtwoStudentInfo {
  /** demo */
  school_province?: string;
  /** demo */
  school_name?: string;
  /** demo */
  depart_ment?: string;
  /** demo */
  classes?: string;
  /** demo */
  student_no?: string;
  /** demo */
  eductional_system?: string;
  /** demo */
  entrance_year?: string;
  /** demo */
  card?: string;
  /** demo */
  from_city?: string;
  /** demo */
  to_city?: string;
}

/** `VipCustomResultItem` of `taobao.train.agent.order.get.vtwo`. */
export interface TaobaoTrainAgentOrderGetVtwoVipCustomResultItem {
  /** 定制类型 */
  custom_type?: string;
  /** 定制数量 */
  count?: Int64;
  /** 定制车厢号 */
  carriage_custom?: string[];
  /** 定制坐席号 */
  seat_custom?: string;
  /** 是否接受非定制,0不接受,1接受 */
  accept_no_vip_custom?: Int64;
  /** 联程订单定制序号 */
  segment_index?: Int64;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  address: 'String',
  company_name: 'String',
  mailing: 'Boolean',
  main_order_id: 'Number',
  order_status: 'Number',
  relation_name: 'String',
  is_success: 'Boolean',
  telephone: 'String',
  tickets: [
    {
      birthday: 'String',
      certificate_num: 'String',
      certificate_type: 'String',
      from_station: 'String',
      from_time: 'String',
      insurance_price: 'Number',
      insurance_unit_price: 'Number',
      passenger_name: 'String',
      passenger_type: 'Number',
      seat: 'Number',
      sub_order_id: 'String',
      tag: 'Number',
      ticket_price: 'Number',
      to_station: 'String',
      to_time: 'String',
      train_num: 'String',
      student_info: {
        school_province: 'String',
        school_name: 'String',
        depart_ment: 'String',
        classes: 'String',
        student_no: 'String',
        eductional_system: 'String',
        entrance_year: 'String',
        card: 'String',
        from_city: 'String',
        to_city: 'String',
      },
      segment_index: 'Number',
      valid_until: 'String',
      nationality_code: 'String',
      nationality: 'String',
      gender: 'String',
      telephone: 'String',
      real_ticket_price: 'Number',
      support_no_seat: 'Boolean',
    },
  ],
  total_price: 'Number',
  latest_issue_time: 'Date',
  ttp_order_id: 'Number',
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
  online_book_seat: 'String',
  interchange_station: 'String',
  is_multi_trip: 'String',
  need_receipt: 'Boolean',
  accept_no_vip_custom: 'Number',
  vip_custom_min_seat_count: 'Number',
  vip_custom_type: 'Number',
  refund_by_passenger: 'Boolean',
  vip_custom_list: [
    {
      custom_type: 'String',
      count: 'Number',
      carriage_custom: ['String'],
      seat_custom: 'String',
      accept_no_vip_custom: 'Number',
      segment_index: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.get.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderGetVtwoOperation = {
  method: 'taobao.train.agent.order.get.vtwo',
  responseRoot: 'train_agent_order_get_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代理商获取订单信息回调APIv2--增加鉴权校验 — calls TOP method `taobao.train.agent.order.get.vtwo`.
 *
 * 代理商获取订单信息回调API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderGetVtwo(
  client: TopClient,
  request: TaobaoTrainAgentOrderGetVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderGetVtwoResponse> {
  return client.call<TaobaoTrainAgentOrderGetVtwoResponse>(
    {
      method: 'taobao.train.agent.order.get.vtwo',
      responseRoot: 'train_agent_order_get_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

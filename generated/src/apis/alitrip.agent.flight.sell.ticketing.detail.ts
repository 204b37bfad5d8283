// Generated from specs/flight/alitrip.agent.flight.sell.ticketing.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.ticketing.detail` (销售出票详情). */
export interface AlitripAgentFlightSellTicketingDetailRequest {
  /** 国内国际标识 */
  domestic_intl?: Int64Input;
  /** 飞猪订单号 */
  order_id?: string;
}

/** Response of `alitrip.agent.flight.sell.ticketing.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellTicketingDetailResponse {
  /** 出参对象 */
  result?: AlitripAgentFlightSellTicketingDetailResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailResultDto {
  /** 出参对象 */
  data?: AlitripAgentFlightSellTicketingDetailTicketingDetailDTO;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `TicketingDetailDTO` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailTicketingDetailDTO {
  /** 店铺id */
  agent_id?: Int64;
  /** 国内国际标识 */
  domestic_intl?: Int64;
  /** 飞猪订单号 */
  order_id?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 出票时间 */
  issue_time?: string;
  /** 出票对象 */
  issue_list?: AlitripAgentFlightSellTicketingDetailIssueList[];
  /** sla */
  sla?: string;
  /** 佣金 */
  commission?: Int64;
  /** 币种 */
  currency?: string;
  /** 订单标签 */
  tags?: string[];
  /** 订单状态 */
  status?: Int64;
  /** 退改签规则 */
  refund_modify_rule?: string;
  /** 行李 */
  baggage_list?: AlitripAgentFlightSellTicketingDetailBaggageDTO[];
  /** 意向单id */
  intention_id?: string;
  /** 支付成功后30分钟内出票 */
  sla_desc?: string;
  /** 1:"单程", 2:"往返", 3:"多程" */
  trip_type?: Int64;
  /** xxx */
  correlation_out_id?: string;
  /** 催出后服务时效 */
  urge_sla?: string;
  /** 2023-05-26 20:13:08后存在订单被取消的风险 */
  urge_sla_desc?: string;
}

/** `IssueList` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailIssueList {
  /** 证件信息 */
  cert_no?: string;
  /** 乘机人姓名 */
  passenger_name?: string;
  /** 0 身份证 1 护照 2 学生证 3 军官证 4 回乡证 5 台胞证 6 港澳通行证 7 国际海员 8 外国人永久居留证 9 其他证件 10 警官证 11 士兵证件 12 台湾通行证 13 入台证 14 户口簿 15 出生证 16 驾驶证 17 港澳居民居住证 18 台湾居民居住证 */
  cert_type?: Int64;
  /** 票号 */
  tickets?: string[];
  /** 乘客类型: 1:成人, 2:儿童, 3:婴儿, 4:留学生 */
  passenger_type?: Int64;
  /** 票面价 */
  ticket_price?: Int64;
  /** pnr */
  pnr?: string;
  /** 税项对象 */
  taxes?: AlitripAgentFlightSellTicketingDetailTaxes[];
  /** 优惠价格 */
  promotion?: Int64;
  /** 航段 */
  segments?: AlitripAgentFlightSellTicketingDetailSegments[];
  /** 联系电话 */
  mobile?: string;
  /** 乘机人生日 */
  birthday?: string;
  /** 政策信息 */
  sell_policy_list?: AlitripAgentFlightSellTicketingDetailSellPolicyDto[];
  /** 大编码 */
  big_pnr?: string;
  /** 姓氏 */
  sur_name?: string;
  /** 名字 */
  given_name?: string;
  /** 乘机人证件有效期 */
  cert_period?: string;
  /** 乘机人国籍 */
  nationality?: string;
  /** 乘机人证件颁发国家 */
  cert_issue_country?: string;
  /** 乘机人性别:1表示男性，2表示女性 */
  gender?: Int64;
}

/** `Taxes` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailTaxes {
  /** 税值 */
  amount?: Int64;
  /** 税项二字码 */
  tax_code?: string;
}

/** `Segments` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailSegments {
  /** 舱等 (0:头等舱 1:商务舱 2:经济舱 3:超值经济舱 4:标准经济舱 5:超级经济舱) */
  cabin_class?: string;
  /** 航班号 */
  flight_no?: string;
  /** 起飞时间 */
  dep_time?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 舱位 */
  cabin?: string;
  /** 航段序号 */
  segment_index?: Int64;
  /** 到达机场 */
  arr_airport?: string;
  /** 出发机场 */
  dep_airport?: string;
  /** 航程序号 */
  od_index?: Int64;
  /** 到达时间 */
  arr_time?: string;
  /** 航班实际承运航司 */
  operating_airline?: string;
  /** 公布票面价 */
  seg_pat_price?: Int64;
  /** 共享航班 */
  operating_flight_no?: string;
}

/** `SellPolicyDto` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailSellPolicyDto {
  /** 政策ID */
  policy_id?: string;
  /** 销售政策备注 */
  remark?: string;
  /** 政策代码-新后台使用字段 */
  policy_code?: string;
  /** 机票政策类型：0，默认；1，自定义 */
  policy_type?: Int64;
  /** 销售方式：1-3 机+X，4-5返现 */
  sale_mode_code?: Int64;
  /** 政策备注 */
  memo?: string;
  /** 政策代码-老后台单子使用 */
  out_id?: string;
}

/** `BaggageDTO` of `alitrip.agent.flight.sell.ticketing.detail`. */
export interface AlitripAgentFlightSellTicketingDetailBaggageDTO {
  /** 航段 */
  dep_arr_desc?: string;
  /** 乘机人类型 */
  passenger_type_desc?: string;
  /** 行李类型 */
  baggage_type_desc?: string;
  /** 规则描述 */
  rule_desc?: string;
}

const REQUEST_SCHEMA = {
  domestic_intl: 'Number',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      agent_id: 'Number',
      domestic_intl: 'Number',
      order_id: 'String',
      pay_time: 'Date',
      issue_time: 'Date',
      issue_list: [
        {
          cert_no: 'String',
          passenger_name: 'String',
          cert_type: 'Number',
          tickets: ['String'],
          passenger_type: 'Number',
          ticket_price: 'Number',
          pnr: 'String',
          taxes: [
            {
              amount: 'Number',
              tax_code: 'String',
            },
          ],
          promotion: 'Number',
          segments: [
            {
              cabin_class: 'String',
              flight_no: 'String',
              dep_time: 'Date',
              arr_city: 'String',
              dep_city: 'String',
              cabin: 'String',
              segment_index: 'Number',
              arr_airport: 'String',
              dep_airport: 'String',
              od_index: 'Number',
              arr_time: 'Date',
              operating_airline: 'String',
              seg_pat_price: 'Number',
              operating_flight_no: 'String',
            },
          ],
          mobile: 'String',
          birthday: 'String',
          sell_policy_list: [
            {
              policy_id: 'String',
              remark: 'String',
              policy_code: 'String',
              policy_type: 'Number',
              sale_mode_code: 'Number',
              memo: 'String',
              out_id: 'String',
            },
          ],
          big_pnr: 'String',
          sur_name: 'String',
          given_name: 'String',
          cert_period: 'String',
          nationality: 'String',
          cert_issue_country: 'String',
          gender: 'Number',
        },
      ],
      sla: 'String',
      commission: 'Number',
      currency: 'String',
      tags: ['String'],
      status: 'Number',
      refund_modify_rule: 'String',
      baggage_list: [
        {
          dep_arr_desc: 'String',
          passenger_type_desc: 'String',
          baggage_type_desc: 'String',
          rule_desc: 'String',
        },
      ],
      intention_id: 'String',
      sla_desc: 'String',
      trip_type: 'Number',
      correlation_out_id: 'String',
      urge_sla: 'Date',
      urge_sla_desc: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.ticketing.detail`: method, response root, request and response schemas. */
export const alitripAgentFlightSellTicketingDetailOperation = {
  method: 'alitrip.agent.flight.sell.ticketing.detail',
  responseRoot: 'alitrip_agent_flight_sell_ticketing_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售出票详情 — calls TOP method `alitrip.agent.flight.sell.ticketing.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellTicketingDetail(
  client: TopClient,
  request: AlitripAgentFlightSellTicketingDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellTicketingDetailResponse> {
  return client.call<AlitripAgentFlightSellTicketingDetailResponse>(
    {
      method: 'alitrip.agent.flight.sell.ticketing.detail',
      responseRoot: 'alitrip_agent_flight_sell_ticketing_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

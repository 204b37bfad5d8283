// Generated from specs/flight/alitrip.agent.flight.sell.modify.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.modify.detail` (销售改签详情). */
export interface AlitripAgentFlightSellModifyDetailRequest {
  /** 申请单号 */
  apply_id?: string;
  /** 国内国际标识:1:国内,2:国际 */
  domestic_intl?: Int64Input;
}

/** Response of `alitrip.agent.flight.sell.modify.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellModifyDetailResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellModifyDetailResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.modify.detail`. */
export interface AlitripAgentFlightSellModifyDetailResultDto {
  /** 结果对象 */
  data?: AlitripAgentFlightSellModifyDetailModifyDetailDto;
  /** 执行结果 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `ModifyDetailDto` of `alitrip.agent.flight.sell.modify.detail`. */
export interface AlitripAgentFlightSellModifyDetailModifyDetailDto {
  /** 申请单号 */
  apply_id?: string;
  /** 是否自愿:0:非自愿，1:自愿 */
  voluntary?: Int64;
  /** 申请原因 */
  reason?: string;
  /** 国际国内标识:1:国内,2:国际 */
  domestic_intl?: Int64;
  /** 关联飞猪订单号 */
  order_id?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 改签数据 */
  change_list?: AlitripAgentFlightSellModifyDetailChangeList[];
  /** sla */
  sla?: string;
  /** 币种:CNY:人民币, USD:美元, HKD:港元 */
  currency?: string;
  /** 申请时间 */
  apply_time?: string;
  /** 改签单状态: 1:待回填, 2:待用户支付, 3:待出票, 4:已完成, 5:已拒绝 */
  status?: Int64;
  /** 佣金;单位:分 */
  commission?: Int64;
  /** 拒绝原因 */
  refuse_reason?: string;
  /** 订单标签:REASSURING_TICKET:安心票 */
  tags?: string[];
  /** 0:"原路退回",1:"退银行卡",2:"原路退回+退银行卡" */
  refund_way_type?: Int64;
  /** 1:"单程", 2:"往返", 3:"多程" */
  trip_type?: Int64;
  /** xxxx */
  correlation_order_id?: string;
}

/** `ChangeList` of `alitrip.agent.flight.sell.modify.detail`. */
export interface AlitripAgentFlightSellModifyDetailChangeList {
  /** 证件号 */
  cert_no?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 证件类型:0:身份证, 1:护照, 2:学生证, 3:军官证, 4:回乡证, 5:台胞证, 6:港澳通行证, 7:国际海员, 8:外国人永久居留证, 9:其他证件, 10:警官证, 11:士兵证件, 12:台湾通行证, 13:入台证, 14:户口簿, 15:出生证, 16:驾驶证, 17:港澳居民居住证, 18:台湾居民居住证, */
  cert_type?: Int64;
  /** 乘客类型: 1:成人, 2:儿童, 3:婴儿, 4:留学生 */
  passenger_type?: Int64;
  /** 票号 */
  tickets?: string[];
  /** 优惠;单位:分 */
  promotion?: Int64;
  /** 改签前数据 */
  before_change_segments?: AlitripAgentFlightSellModifyDetailBeforeChangeSegments[];
  /** 改签后数据 */
  after_change_segments?: AlitripAgentFlightSellModifyDetailAfterChangeSegments[];
  /** 票面价;单位:分 */
  ticket_price?: Int64;
  /** 改签费;单位:分 */
  change_fee?: Int64;
  /** 升舱费;单位:分 */
  upgrade_fee?: Int64;
  /** 改签后pnr */
  pnr?: string;
  /** 改签前票号 */
  before_change_tickets?: string[];
  /** 0:没有xe，1:xe了 */
  pnr_xe?: Int64;
  /** xe时间 */
  pnr_xe_time?: string;
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
  /** 乘机人生日 */
  birthday?: string;
  /** 乘机人性别:1表示男性，2表示女性 */
  gender?: Int64;
}

/** `BeforeChangeSegments` of `alitrip.agent.flight.sell.modify.detail`. */
export interface AlitripAgentFlightSellModifyDetailBeforeChangeSegments {
  /** 舱等: F:头等舱, C:商务舱, Y:经济舱, S:超级经济舱, P:超值经济舱, M:标准经济舱, W:超级经济舱 */
  cabin_class?: string;
  /** 航班号 */
  flight_no?: string;
  /** 起飞时间 */
  dep_time?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 起飞城市 */
  dep_city?: string;
  /** 舱位 */
  cabin?: string;
  /** 航段序号 */
  segment_index?: Int64;
  /** 到达机场 */
  arr_airport?: string;
  /** 起飞机场 */
  dep_airport?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 航程序号 */
  od_index?: Int64;
  /** 是否需要修改的航段,1:是,0:否 */
  is_modify?: Int64;
}

/** `AfterChangeSegments` of `alitrip.agent.flight.sell.modify.detail`. */
export interface AlitripAgentFlightSellModifyDetailAfterChangeSegments {
  /** 舱等: F:头等舱, C:商务舱, Y:经济舱, S:超级经济舱, P:超值经济舱, M:标准经济舱, W:超级经济舱 */
  cabin_class?: string;
  /** 航班号 */
  flight_no?: string;
  /** 起飞时间 */
  dep_time?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 起飞城市 */
  dep_city?: string;
  /** 舱位 */
  cabin?: string;
  /** 航段序号 */
  segment_index?: Int64;
  /** 到达机场 */
  arr_airport?: string;
  /** 起飞机场 */
  dep_airport?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 航程序号 */
  od_index?: Int64;
  /** 是否需要修改的航段,1:是,0:否 */
  is_modify?: Int64;
  /** 该航段对应的票号 */
  ticket_no?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'String',
  domestic_intl: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      apply_id: 'String',
      voluntary: 'Number',
      reason: 'String',
      domestic_intl: 'Number',
      order_id: 'String',
      pay_time: 'Date',
      change_list: [
        {
          cert_no: 'String',
          passenger_name: 'String',
          cert_type: 'Number',
          passenger_type: 'Number',
          tickets: ['String'],
          promotion: 'Number',
          before_change_segments: [
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
              arr_time: 'Date',
              od_index: 'Number',
              is_modify: 'Number',
            },
          ],
          after_change_segments: [
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
              arr_time: 'Date',
              od_index: 'Number',
              is_modify: 'Number',
              ticket_no: 'String',
            },
          ],
          ticket_price: 'Number',
          change_fee: 'Number',
          upgrade_fee: 'Number',
          pnr: 'String',
          before_change_tickets: ['String'],
          pnr_xe: 'Number',
          pnr_xe_time: 'Date',
          sur_name: 'String',
          given_name: 'String',
          cert_period: 'String',
          nationality: 'String',
          cert_issue_country: 'String',
          birthday: 'String',
          gender: 'Number',
        },
      ],
      sla: 'String',
      currency: 'String',
      apply_time: 'Date',
      status: 'Number',
      commission: 'Number',
      refuse_reason: 'String',
      tags: ['String'],
      refund_way_type: 'Number',
      trip_type: 'Number',
      correlation_order_id: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.modify.detail`: method, response root, request and response schemas. */
export const alitripAgentFlightSellModifyDetailOperation = {
  method: 'alitrip.agent.flight.sell.modify.detail',
  responseRoot: 'alitrip_agent_flight_sell_modify_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售改签详情 — calls TOP method `alitrip.agent.flight.sell.modify.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellModifyDetail(
  client: TopClient,
  request: AlitripAgentFlightSellModifyDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellModifyDetailResponse> {
  return client.call<AlitripAgentFlightSellModifyDetailResponse>(
    {
      method: 'alitrip.agent.flight.sell.modify.detail',
      responseRoot: 'alitrip_agent_flight_sell_modify_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

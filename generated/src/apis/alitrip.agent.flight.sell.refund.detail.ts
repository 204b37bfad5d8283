// Generated from specs/flight/alitrip.agent.flight.sell.refund.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.refund.detail` (销售退票单详情). */
export interface AlitripAgentFlightSellRefundDetailRequest {
  /** 申请单号 */
  apply_id?: string;
  /** 国际国内标识(1 国内,2 国际) */
  domestic_intl?: Int64Input;
}

/** Response of `alitrip.agent.flight.sell.refund.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellRefundDetailResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellRefundDetailResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.refund.detail`. */
export interface AlitripAgentFlightSellRefundDetailResultDto {
  /** 结果数据 */
  data?: AlitripAgentFlightSellRefundDetailRefundDetailDto;
  /** 执行结果 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `RefundDetailDto` of `alitrip.agent.flight.sell.refund.detail`. */
export interface AlitripAgentFlightSellRefundDetailRefundDetailDto {
  /** 申请单号 */
  apply_id?: string;
  /** 自愿标识:0.非自愿，1.自愿 */
  voluntary?: Int64;
  /** 申请原因 */
  reason?: string;
  /** 店铺id */
  agent_id?: Int64;
  /** 国际国内标识(1国内,2国际) */
  domestic_intl?: Int64;
  /** 关联飞猪订单号 */
  order_id?: string;
  /** 退票数据集 */
  refund_list?: AlitripAgentFlightSellRefundDetailRefundList[];
  /** sla */
  sla?: string;
  /** 交易币种:CNY:人民币, USD:美元, HKD:港元 */
  currency?: string;
  /** 申请时间 */
  apply_time?: string;
  /** 退票状态:待回填:1, 待退款:2, 退款中:3, 已完结:4, 已拒绝:5 */
  status?: Int64;
  /** 拒绝原因 */
  refuse_reason?: string;
  /** 申请原因类型:0:其他, 1:航变,2:病退 ,3:疫情,4:特殊提退 */
  apply_reason_type?: Int64;
  /** 补退单标识(1是补退单) */
  supplement?: Int64;
  /** 紧急标识:EPIDEMIC:疫情审核通过标, REASSURING_TICKET:安心票, FLIGHTCHANGE:航变审核通过标, CALCULATED:预计算, FLIGHTCHANGECANCEL:航班取消, FLIGHTCHANGEDELAY:航班延误, ILLWITHCERTIFICATE:病退, REFUSETOTAKE:航司拒载, PREVIOUSLATTERINTERFERENCE:前后段影响, OVERBOOKING:超售, AIRLINEAUTHORIZE:航司授权, CHANGENAME:改名, REPEATBUYTICKETS:重复购票, BUYWRONGTICKETS:错购, AIRLINEVIPCARDREFUND:航司金银卡退票 */
  tags?: string[];
  /** 0:"原路退回",1:"退银行卡",2:"原路退回+退银行卡" */
  refund_way_type?: Int64;
  /** xxx.xxx.xxx */
  attachment?: string[];
  /** 1:"单程", 2:"往返", 3:"多程" */
  trip_type?: Int64;
  /** 关联单号 */
  correlation_order_id?: string;
}

/** `RefundList` of `alitrip.agent.flight.sell.refund.detail`. */
export interface AlitripAgentFlightSellRefundDetailRefundList {
  /** 乘客姓名 */
  passenger_name?: string;
  /** 退票费，单位:分 */
  refund_fee?: Int64;
  /** 票号 */
  tickets?: string[];
  /** 升舱手续费，单位:分 */
  refund_upgrade_fee?: Int64;
  /** 改期手续费，单位:分 */
  refund_modify_fee?: Int64;
  /** 退票航段 */
  refund_segments?: AlitripAgentFlightSellRefundDetailRefundSegments[];
  /** 退款金额，单位:分（出后退:退款金额=实收金额-退票费；改后退:退款金额=实收金额+总改期费+总升舱费-退票费-改签手续费-升舱手续费） */
  refund_amount?: Int64;
  /** 票面价，单位:分 */
  ticket_price?: Int64;
  /** 乘客类型:1 成人 ,2 儿童,3 婴儿,4 留学生 */
  passenger_type?: Int64;
  /** 税费，单位:分 */
  taxes?: AlitripAgentFlightSellRefundDetailTax[];
  /** 升舱总费用，单位:分 */
  total_modify_fee?: Int64;
  /** 改签总费用，单位:分 */
  total_upgrade_fee?: Int64;
  /** 实收金额：单位:分 */
  real_price?: Int64;
  /** 1:出后退,2:改后退 */
  refund_item_type?: Int64;
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

/** `RefundSegments` of `alitrip.agent.flight.sell.refund.detail`. */
export interface AlitripAgentFlightSellRefundDetailRefundSegments {
  /** 舱等 */
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
}

/** `Tax` of `alitrip.agent.flight.sell.refund.detail`. */
export interface AlitripAgentFlightSellRefundDetailTax {
  /** 税费编码(CN:机场建设费 ,YQ 燃油附加税) */
  tax_code?: string;
  /** 税费金额，单位:分 */
  amount?: Int64;
  /** 不可退税费，单位:分 */
  not_refund_amount?: Int64;
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
      agent_id: 'Number',
      domestic_intl: 'Number',
      order_id: 'String',
      refund_list: [
        {
          passenger_name: 'String',
          refund_fee: 'Number',
          tickets: ['String'],
          refund_upgrade_fee: 'Number',
          refund_modify_fee: 'Number',
          refund_segments: [
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
            },
          ],
          refund_amount: 'Number',
          ticket_price: 'Number',
          passenger_type: 'Number',
          taxes: [
            {
              tax_code: 'String',
              amount: 'Number',
              not_refund_amount: 'Number',
            },
          ],
          total_modify_fee: 'Number',
          total_upgrade_fee: 'Number',
          real_price: 'Number',
          refund_item_type: 'Number',
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
      refuse_reason: 'String',
      apply_reason_type: 'Number',
      supplement: 'Number',
      tags: ['String'],
      refund_way_type: 'Number',
      attachment: ['String'],
      trip_type: 'Number',
      correlation_order_id: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.refund.detail`: method, response root, request and response schemas. */
export const alitripAgentFlightSellRefundDetailOperation = {
  method: 'alitrip.agent.flight.sell.refund.detail',
  responseRoot: 'alitrip_agent_flight_sell_refund_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售退票单详情 — calls TOP method `alitrip.agent.flight.sell.refund.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellRefundDetail(
  client: TopClient,
  request: AlitripAgentFlightSellRefundDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellRefundDetailResponse> {
  return client.call<AlitripAgentFlightSellRefundDetailResponse>(
    {
      method: 'alitrip.agent.flight.sell.refund.detail',
      responseRoot: 'alitrip_agent_flight_sell_refund_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/ticket/alitrip.ticket.rule.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.rule.query` (【门票API2.0】门票规则信息查询接口). */
export interface AlitripTicketRuleQueryRequest {
  /** 卖家景点规则编码 */
  out_rule_id: string;
}

/** Response of `alitrip.ticket.rule.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketRuleQueryResponse {
  /** 门票规则信息 */
  first_result?: AlitripTicketRuleQueryTicketRuleParam;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketRuleParam` of `alitrip.ticket.rule.query`. */
export interface AlitripTicketRuleQueryTicketRuleParam {
  /** 商户景点编码 */
  out_scenic_id?: string;
  /** 阿里旅行景点编码 */
  ali_scenic_id?: Int64;
  /** 卖家景点规则编码 */
  out_rule_id?: string;
  /** 卖家景点规则名称 */
  out_rule_name?: string;
  /** 票种规则类型(0实体票规则；1电子票规则) */
  rule_type?: Int64;
  /** 规则状态（0：有效，-1：失效） */
  rule_status?: Int64;
  /** 退票类型。1-无条件退改， 2-有条件退改， 3-不可退改。 */
  refund_type?: Int64;
  /** 退票描述 */
  refund_desc?: string;
  /** 游客信息设置 1:不需要,2:仅需一位游客信息,3:需要所有游客信息 */
  visitor_require?: Int64;
  /** 需要的出游人信息，2:手机号,3:身份证,4:姓名,5:护照号码 6:护照姓名拼音。 */
  visitor_infos?: string;
  /** 出游人 是否限购。1:限购,2:不限购 */
  visitor_limit_able?: Int64;
  /** 限购模式。mode为1按天, mode为2按周, mode为3按月 */
  visitor_limit_mode?: Int64;
  /** 限购数量 */
  visitor_limit_num?: Int64;
  /** 入园类型。1-用兑换凭证直接入园，2-用兑换凭证换票入园 */
  enter_type?: Int64;
  /** 入园使用的凭证类型。1、二维码，2、身份证，3、二维码或身份证，4:数字码，5、手机号，6、其它 */
  enter_voucher_type?: Int64;
  /** 其他入园凭证类型。 */
  enter_voucher_value?: string;
  /** 换票地址 */
  ticket_change_adderss?: string;
  /** 景区入园地址 */
  enter_address?: string;
  /** 门票费用包含 */
  fee_include?: string;
  /** 补充说明 */
  extra_desc?: string;
  /** 限购类型。0-身份证限购， 1-手机号限购 */
  visitor_limit_type?: Int64;
}

const REQUEST_SCHEMA = {
  out_rule_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    out_scenic_id: 'String',
    ali_scenic_id: 'Number',
    out_rule_id: 'String',
    out_rule_name: 'String',
    rule_type: 'Number',
    rule_status: 'Number',
    refund_type: 'Number',
    refund_desc: 'String',
    visitor_require: 'Number',
    visitor_infos: 'String',
    visitor_limit_able: 'Number',
    visitor_limit_mode: 'Number',
    visitor_limit_num: 'Number',
    enter_type: 'Number',
    enter_voucher_type: 'Number',
    enter_voucher_value: 'String',
    ticket_change_adderss: 'String',
    enter_address: 'String',
    fee_include: 'String',
    extra_desc: 'String',
    visitor_limit_type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.rule.query`: method, response root, request and response schemas. */
export const alitripTicketRuleQueryOperation = {
  method: 'alitrip.ticket.rule.query',
  responseRoot: 'alitrip_ticket_rule_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】门票规则信息查询接口 — calls TOP method `alitrip.ticket.rule.query`.
 *
 * 门票规则信息查询接口：返回商家上传的门票规则信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketRuleQuery(
  client: TopClient,
  request: AlitripTicketRuleQueryRequest,
  options?: CallOptions,
): Promise<AlitripTicketRuleQueryResponse> {
  return client.call<AlitripTicketRuleQueryResponse>(
    {
      method: 'alitrip.ticket.rule.query',
      responseRoot: 'alitrip_ticket_rule_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

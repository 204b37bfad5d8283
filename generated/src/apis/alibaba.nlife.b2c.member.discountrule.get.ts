// Generated from specs/nlife/alibaba.nlife.b2c.member.discountrule.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.member.discountrule.get` (会员抵扣规则). */
export interface AlibabaNlifeB2cMemberDiscountruleGetRequest {
  /** 企业ID */
  company_id: string;
  /** 会员在ISV处的编号 */
  card_no: string;
}

/** Response of `alibaba.nlife.b2c.member.discountrule.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cMemberDiscountruleGetResponse {
  /** 业务成功与否 true/false */
  result?: boolean;
  /** 错误码，当result为false时设置 */
  err_code?: string;
  /** 错误信息，当result为false时设置 */
  err_msg?: string;
  /** 抵扣规则 */
  discount_rule?: AlibabaNlifeB2cMemberDiscountruleGetDiscountRule;
  /** 结构化的文案 */
  discount_memos?: AlibabaNlifeB2cMemberDiscountruleGetDiscountMemo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DiscountRule` of `alibaba.nlife.b2c.member.discountrule.get`. */
export interface AlibabaNlifeB2cMemberDiscountruleGetDiscountRule {
  /** 抵扣人民币1分钱所需要的积分数量，比如10积分一分钱 */
  points_value?: string;
  /** 百分比，抵扣上限。15代表积分最多能抵扣订单总额的15% */
  deduction_limit?: Int64;
  /** 金额上限，单位人民币分 */
  money_limit?: Int64;
}

/** `DiscountMemo` of `alibaba.nlife.b2c.member.discountrule.get`. */
export interface AlibabaNlifeB2cMemberDiscountruleGetDiscountMemo {
  /** 文案编号 */
  memo_id?: string;
  /** 文案描述 */
  memo_desc?: string;
}

const REQUEST_SCHEMA = {
  company_id: 'String',
  card_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  err_code: 'String',
  err_msg: 'String',
  discount_rule: {
    points_value: 'String',
    deduction_limit: 'Number',
    money_limit: 'Number',
  },
  discount_memos: [
    {
      memo_id: 'String',
      memo_desc: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.member.discountrule.get`: method, response root, request and response schemas. */
export const alibabaNlifeB2cMemberDiscountruleGetOperation = {
  method: 'alibaba.nlife.b2c.member.discountrule.get',
  responseRoot: 'alibaba_nlife_b2c_member_discountrule_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员抵扣规则 — calls TOP method `alibaba.nlife.b2c.member.discountrule.get`.
 *
 * 获取企业会员抵扣规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cMemberDiscountruleGet(
  client: TopClient,
  request: AlibabaNlifeB2cMemberDiscountruleGetRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cMemberDiscountruleGetResponse> {
  return client.call<AlibabaNlifeB2cMemberDiscountruleGetResponse>(
    {
      method: 'alibaba.nlife.b2c.member.discountrule.get',
      responseRoot: 'alibaba_nlife_b2c_member_discountrule_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

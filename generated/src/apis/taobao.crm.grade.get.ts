// Generated from specs/crm/taobao.crm.grade.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.grade.get` (卖家查询等级规则). */
export interface TaobaoCrmGradeGetRequest {}

/** Response of `taobao.crm.grade.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGradeGetResponse {
  /** 等级信息集合 */
  grade_promotions?: TaobaoCrmGradeGetGradePromotion[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GradePromotion` of `taobao.crm.grade.get`. */
export interface TaobaoCrmGradeGetGradePromotion {
  /** 升级到下一个级别的需要的交易量 */
  next_upgrade_count?: Int64;
  /** 店铺客户、普通会员 、高级会员、VIP会员、至尊VIP */
  cur_grade_name?: string;
  /** 升级到下一个级别的需要的交易额，单位：分 */
  next_upgrade_amount?: Int64;
  /** 买家会员级别 0:店铺客户 1：普通会员 2：高级会员 3：VIP会员 4：至尊VIP */
  cur_grade?: string;
  /** 会员级别折扣率没有小数，990代表9.9折 */
  discount?: Int64;
  /** 该等级对应的下一等级1:普通会员 2：高级会员 3：VIP会员 4：至尊VIP 0：后续等级都未启用或没有下一等级 */
  next_grade_name?: string;
  /** 普通会员、高级会员、VIP会员、至尊VIP。空的时候代表后续等级未启用或没有下一等级 */
  next_grade?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  grade_promotions: [
    {
      next_upgrade_count: 'Number',
      cur_grade_name: 'String',
      next_upgrade_amount: 'Number',
      cur_grade: 'String',
      discount: 'Number',
      next_grade_name: 'String',
      next_grade: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.grade.get`: method, response root, request and response schemas. */
export const taobaoCrmGradeGetOperation = {
  method: 'taobao.crm.grade.get',
  responseRoot: 'crm_grade_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家查询等级规则 — calls TOP method `taobao.crm.grade.get`.
 *
 * 卖家查询等级规则，包括店铺客户、普通会员、高级会员、VIP会员、至尊VIP会员四个等级的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGradeGet(
  client: TopClient,
  request: TaobaoCrmGradeGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoCrmGradeGetResponse> {
  return client.call<TaobaoCrmGradeGetResponse>(
    {
      method: 'taobao.crm.grade.get',
      responseRoot: 'crm_grade_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

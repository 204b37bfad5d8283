// Generated from specs/scbp/alibaba.scbp.ad.customer.find.customer.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.customer.find.customer.info` (查询客户信息). */
export interface AlibabaScbpAdCustomerFindCustomerInfoRequest {
  /** 用户信息 */
  top_context_dto: AlibabaScbpAdCustomerFindCustomerInfoTopContextDtoInput;
}

/** Response of `alibaba.scbp.ad.customer.find.customer.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCustomerFindCustomerInfoResponse {
  /** 返回类 */
  result?: AlibabaScbpAdCustomerFindCustomerInfoResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.customer.find.customer.info`. */
export interface AlibabaScbpAdCustomerFindCustomerInfoTopContextDtoInput {
  /** 产品id */
  product_id?: Int64Input;
  /** 产品线id */
  product_line_id: Int64Input;
}

/** `ResultDto` of `alibaba.scbp.ad.customer.find.customer.info`. */
export interface AlibabaScbpAdCustomerFindCustomerInfoResultDto {
  /** 返回实体 */
  result?: AlibabaScbpAdCustomerFindCustomerInfoTopCustomerDto;
}

/** `TopCustomerDto` of `alibaba.scbp.ad.customer.find.customer.info`. */
export interface AlibabaScbpAdCustomerFindCustomerInfoTopCustomerDto {
  /** 币种 */
  currency?: string;
  /** 客户等级 */
  level?: Int64;
  /** 分数 */
  score?: Int64;
  /** 下月星级 */
  star_temp?: Int64;
  /** 下月分数 */
  score_temp?: Int64;
  /** 汇率 */
  exchange_rate?: string;
  /** 税率 */
  tax_rate?: string;
  /** 区域 */
  region?: string;
  /** 账户余额，单位：分 */
  customer_balance?: Int64;
}

const REQUEST_SCHEMA = {
  top_context_dto: {
    product_id: 'Number',
    product_line_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      currency: 'String',
      level: 'Number',
      score: 'Number',
      star_temp: 'Number',
      score_temp: 'Number',
      exchange_rate: 'String',
      tax_rate: 'String',
      region: 'String',
      customer_balance: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.customer.find.customer.info`: method, response root, request and response schemas. */
export const alibabaScbpAdCustomerFindCustomerInfoOperation = {
  method: 'alibaba.scbp.ad.customer.find.customer.info',
  responseRoot: 'alibaba_scbp_ad_customer_find_customer_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询客户信息 — calls TOP method `alibaba.scbp.ad.customer.find.customer.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCustomerFindCustomerInfo(
  client: TopClient,
  request: AlibabaScbpAdCustomerFindCustomerInfoRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCustomerFindCustomerInfoResponse> {
  return client.call<AlibabaScbpAdCustomerFindCustomerInfoResponse>(
    {
      method: 'alibaba.scbp.ad.customer.find.customer.info',
      responseRoot: 'alibaba_scbp_ad_customer_find_customer_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

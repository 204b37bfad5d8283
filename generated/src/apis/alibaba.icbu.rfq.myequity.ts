// Generated from specs/icburfq/alibaba.icbu.rfq.myequity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.rfq.myequity` (我的权益). */
export interface AlibabaIcbuRfqMyequityRequest {}

/** Response of `alibaba.icbu.rfq.myequity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuRfqMyequityResponse {
  /** 请求返回结果 */
  service_result?: AlibabaIcbuRfqMyequityServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.icbu.rfq.myequity`. */
export interface AlibabaIcbuRfqMyequityServiceResult {
  /** 是否成功 */
  success?: boolean;
  /** 返回信息 */
  msg?: string;
  /** 我的权益信息 */
  value?: AlibabaIcbuRfqMyequityEquityPackageDto;
}

/** `EquityPackageDto` of `alibaba.icbu.rfq.myequity`. */
export interface AlibabaIcbuRfqMyequityEquityPackageDto {
  /** 剩余权益 */
  equity_count?: Int64;
  /** 过期时间 */
  expired_date?: string;
  /** 市场表现分 */
  score?: Int64;
  /** 击败其他供应商百分比 */
  beat_supplier_percent?: string;
  /** 市场表现分统计开始时间 */
  statistic_start_date?: string;
  /** 市场表现分统计结束时间 */
  statistic_end_date?: string;
  /** 剩余置顶报价权益 */
  top_service_count?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    success: 'Boolean',
    msg: 'String',
    value: {
      equity_count: 'Number',
      expired_date: 'String',
      score: 'Number',
      beat_supplier_percent: 'String',
      statistic_start_date: 'String',
      statistic_end_date: 'String',
      top_service_count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.rfq.myequity`: method, response root, request and response schemas. */
export const alibabaIcbuRfqMyequityOperation = {
  method: 'alibaba.icbu.rfq.myequity',
  responseRoot: 'alibaba_icbu_rfq_myequity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的权益 — calls TOP method `alibaba.icbu.rfq.myequity`.
 *
 * 查询供应商权益接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuRfqMyequity(
  client: TopClient,
  request: AlibabaIcbuRfqMyequityRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuRfqMyequityResponse> {
  return client.call<AlibabaIcbuRfqMyequityResponse>(
    {
      method: 'alibaba.icbu.rfq.myequity',
      responseRoot: 'alibaba_icbu_rfq_myequity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

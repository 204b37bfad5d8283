// Generated from specs/cainiaoecc/cainiao.ecc.exceptions.delay.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.ecc.exceptions.delay.count` (菜鸟控制塔包裹滞留异常统计信息获取). */
export interface CainiaoEccExceptionsDelayCountRequest {}

/** Response of `cainiao.ecc.exceptions.delay.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEccExceptionsDelayCountResponse {
  /** 返回结果 */
  result?: CainiaoEccExceptionsDelayCountSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `cainiao.ecc.exceptions.delay.count`. */
export interface CainiaoEccExceptionsDelayCountSingleResult {
  /** 数据对象 */
  result?: CainiaoEccExceptionsDelayCountDelayExceptionCountDto;
  /** 错误码 */
  error_code?: string;
  /** 是否重试 */
  is_retry?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_desc?: string;
}

/** `DelayExceptionCountDto` of `cainiao.ecc.exceptions.delay.count`. */
export interface CainiaoEccExceptionsDelayCountDelayExceptionCountDto {
  /** 异常总数 */
  exception_num?: Int64;
  /** 商家Id */
  seller_id?: Int64;
  /** CP异常回复总数 */
  cp_reply_exception_num?: Int64;
  /** 扩展字段 */
  extend_fields?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      exception_num: 'Number',
      seller_id: 'Number',
      cp_reply_exception_num: 'Number',
      extend_fields: 'String',
    },
    error_code: 'String',
    is_retry: 'Boolean',
    success: 'Boolean',
    error_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.ecc.exceptions.delay.count`: method, response root, request and response schemas. */
export const cainiaoEccExceptionsDelayCountOperation = {
  method: 'cainiao.ecc.exceptions.delay.count',
  responseRoot: 'cainiao_ecc_exceptions_delay_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟控制塔包裹滞留异常统计信息获取 — calls TOP method `cainiao.ecc.exceptions.delay.count`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEccExceptionsDelayCount(
  client: TopClient,
  request: CainiaoEccExceptionsDelayCountRequest = {},
  options?: CallOptions,
): Promise<CainiaoEccExceptionsDelayCountResponse> {
  return client.call<CainiaoEccExceptionsDelayCountResponse>(
    {
      method: 'cainiao.ecc.exceptions.delay.count',
      responseRoot: 'cainiao_ecc_exceptions_delay_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

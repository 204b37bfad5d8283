// Generated from specs/maitix/alibaba.damai.maitix.seat.token.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.seat.token.query` (分销商选座获取qtoken). */
export interface AlibabaDamaiMaitixSeatTokenQueryRequest {
  /** 场次ID-必填 */
  perform_id: Int64Input;
  /** 项目ID-必填 */
  project_id: Int64Input;
  /** 必填-选座结束跳转回去的url,这是渠道方自己的url地址,用于接收选座后的座位信息参数 */
  callback_url: string;
  /** 会话ID，保证一次选座会话,建议使用 appKey+随机串 生成 ；注意：同一个场次下的会话ID不能重复 */
  request_id: string;
}

/** Response of `alibaba.damai.maitix.seat.token.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixSeatTokenQueryResponse {
  /** 系统自动生成 */
  result?: AlibabaDamaiMaitixSeatTokenQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.seat.token.query`. */
export interface AlibabaDamaiMaitixSeatTokenQueryOpenResult {
  /** token */
  model?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  perform_id: 'Number',
  project_id: 'Number',
  callback_url: 'String',
  request_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.seat.token.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixSeatTokenQueryOperation = {
  method: 'alibaba.damai.maitix.seat.token.query',
  responseRoot: 'alibaba_damai_maitix_seat_token_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商选座获取qtoken — calls TOP method `alibaba.damai.maitix.seat.token.query`.
 *
 * 选座分销，分销商查询token
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixSeatTokenQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixSeatTokenQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixSeatTokenQueryResponse> {
  return client.call<AlibabaDamaiMaitixSeatTokenQueryResponse>(
    {
      method: 'alibaba.damai.maitix.seat.token.query',
      responseRoot: 'alibaba_damai_maitix_seat_token_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/flightuppc/alitrip.uppc.member.gain.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.uppc.member.gain` (航司权益数据回流). */
export interface AlitripUppcMemberGainRequest {
  /** 请求唯一标识 */
  request_id: string;
  /** 查询成功 */
  status_code: Int64Input;
  /** 权益截止时间（扩展字段） */
  response_json: string;
  /** 错误提示 */
  error_msg?: string;
}

/** Response of `alitrip.uppc.member.gain`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripUppcMemberGainResponse {
  /** result */
  result?: AlitripUppcMemberGainResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDO` of `alitrip.uppc.member.gain`. */
export interface AlitripUppcMemberGainResultDO {
  /** 是否回流成功 */
  module?: boolean;
  /** 错误信息 */
  msg_for_client?: string;
  /** 返回code */
  code?: string;
  /** 错误信息 */
  msg?: string;
  /** 是否执行回流成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  request_id: 'String',
  status_code: 'Number',
  response_json: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: 'Boolean',
    msg_for_client: 'String',
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.uppc.member.gain`: method, response root, request and response schemas. */
export const alitripUppcMemberGainOperation = {
  method: 'alitrip.uppc.member.gain',
  responseRoot: 'alitrip_uppc_member_gain_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 航司权益数据回流 — calls TOP method `alitrip.uppc.member.gain`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripUppcMemberGain(
  client: TopClient,
  request: AlitripUppcMemberGainRequest,
  options?: CallOptions,
): Promise<AlitripUppcMemberGainResponse> {
  return client.call<AlitripUppcMemberGainResponse>(
    {
      method: 'alitrip.uppc.member.gain',
      responseRoot: 'alitrip_uppc_member_gain_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

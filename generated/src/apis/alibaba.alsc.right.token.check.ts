// Generated from specs/alsc/alibaba.alsc.right.token.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.right.token.check` (实物奖品凭证校验). */
export interface AlibabaAlscRightTokenCheckRequest {
  /** 实物奖品凭证 */
  token: string;
}

/** Response of `alibaba.alsc.right.token.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscRightTokenCheckResponse {
  /** 返回结果 */
  result?: AlibabaAlscRightTokenCheckBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResponse` of `alibaba.alsc.right.token.check`. */
export interface AlibabaAlscRightTokenCheckBaseResponse {
  /** 链路ID */
  trace_id?: string;
  /** 返回数据 */
  result_obj?: AlibabaAlscRightTokenCheckEntityPrizeTokenResp;
  /** 可重试 */
  can_retry?: boolean;
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误原因 */
  result_msg?: string;
  /** 拓展信息 */
  ext_info?: string;
}

/** `EntityPrizeTokenResp` of `alibaba.alsc.right.token.check`. */
export interface AlibabaAlscRightTokenCheckEntityPrizeTokenResp {
  /** 权益ID */
  right_id?: string;
  /** 权益实例ID */
  right_instance_id?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    result_obj: {
      right_id: 'String',
      right_instance_id: 'String',
    },
    can_retry: 'Boolean',
    success: 'Boolean',
    result_code: 'String',
    result_msg: 'String',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.right.token.check`: method, response root, request and response schemas. */
export const alibabaAlscRightTokenCheckOperation = {
  method: 'alibaba.alsc.right.token.check',
  responseRoot: 'alibaba_alsc_right_token_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实物奖品凭证校验 — calls TOP method `alibaba.alsc.right.token.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscRightTokenCheck(
  client: TopClient,
  request: AlibabaAlscRightTokenCheckRequest,
  options?: CallOptions,
): Promise<AlibabaAlscRightTokenCheckResponse> {
  return client.call<AlibabaAlscRightTokenCheckResponse>(
    {
      method: 'alibaba.alsc.right.token.check',
      responseRoot: 'alibaba_alsc_right_token_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

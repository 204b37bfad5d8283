// Generated from specs/charity/alibaba.charity.bind.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.bind.cancel` (取消用户绑定). */
export interface AlibabaCharityBindCancelRequest {
  /** 解绑用户ID */
  user_key: string;
}

/** Response of `alibaba.charity.bind.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityBindCancelResponse {
  /** 结果 */
  result?: AlibabaCharityBindCancelThreehoursResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThreehoursResult` of `alibaba.charity.bind.cancel`. */
export interface AlibabaCharityBindCancelThreehoursResult {
  /** 结果码 */
  code?: string;
  /** 结果 */
  data?: boolean;
  /** 是否失败 */
  fail?: string;
  /** 信息 */
  msg?: string;
  /** 是否成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  user_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    fail: 'String',
    msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.bind.cancel`: method, response root, request and response schemas. */
export const alibabaCharityBindCancelOperation = {
  method: 'alibaba.charity.bind.cancel',
  responseRoot: 'alibaba_charity_bind_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消用户绑定 — calls TOP method `alibaba.charity.bind.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityBindCancel(
  client: TopClient,
  request: AlibabaCharityBindCancelRequest,
  options?: CallOptions,
): Promise<AlibabaCharityBindCancelResponse> {
  return client.call<AlibabaCharityBindCancelResponse>(
    {
      method: 'alibaba.charity.bind.cancel',
      responseRoot: 'alibaba_charity_bind_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

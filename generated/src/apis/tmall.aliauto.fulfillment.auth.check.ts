// Generated from specs/tmallcar/tmall.aliauto.fulfillment.auth.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.fulfillment.auth.check` (商家鉴权). */
export interface TmallAliautoFulfillmentAuthCheckRequest {
  /** 请求参数 */
  req: TmallAliautoFulfillmentAuthCheckAuthCheckReqInput;
}

/** Response of `tmall.aliauto.fulfillment.auth.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoFulfillmentAuthCheckResponse {
  /** 出参 */
  result?: TmallAliautoFulfillmentAuthCheckAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuthCheckReq` of `tmall.aliauto.fulfillment.auth.check`. */
export interface TmallAliautoFulfillmentAuthCheckAuthCheckReqInput {
  /** 订单号 */
  order_id: Int64Input;
  /** 鉴权token */
  token: string;
}

/** `AliAutoResult` of `tmall.aliauto.fulfillment.auth.check`. */
export interface TmallAliautoFulfillmentAuthCheckAliAutoResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  req: {
    order_id: 'Number',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.fulfillment.auth.check`: method, response root, request and response schemas. */
export const tmallAliautoFulfillmentAuthCheckOperation = {
  method: 'tmall.aliauto.fulfillment.auth.check',
  responseRoot: 'tmall_aliauto_fulfillment_auth_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家鉴权 — calls TOP method `tmall.aliauto.fulfillment.auth.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoFulfillmentAuthCheck(
  client: TopClient,
  request: TmallAliautoFulfillmentAuthCheckRequest,
  options?: CallOptions,
): Promise<TmallAliautoFulfillmentAuthCheckResponse> {
  return client.call<TmallAliautoFulfillmentAuthCheckResponse>(
    {
      method: 'tmall.aliauto.fulfillment.auth.check',
      responseRoot: 'tmall_aliauto_fulfillment_auth_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

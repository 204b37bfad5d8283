// Generated from specs/interact/alibaba.interact.user.islogin.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.user.islogin` (校验用户是否已经登录). */
export interface AlibabaInteractUserIsloginRequest {
  /** 用户nick */
  buyer_nick: string;
}

/** Response of `alibaba.interact.user.islogin`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractUserIsloginResponse {
  /** result */
  result?: AlibabaInteractUserIsloginMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.interact.user.islogin`. */
export interface AlibabaInteractUserIsloginMtopResult {
  /** model */
  model?: string;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.user.islogin`: method, response root, request and response schemas. */
export const alibabaInteractUserIsloginOperation = {
  method: 'alibaba.interact.user.islogin',
  responseRoot: 'alibaba_interact_user_islogin_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 校验用户是否已经登录 — calls TOP method `alibaba.interact.user.islogin`.
 *
 * API的功能是校验用户是否登录，ISV调用接口的时候，通过此接口映射到mtop.interact.user.islogin接口上，因此接口只是做一个给ISV注册调用api的入口，没有发生真实的RPC
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractUserIslogin(
  client: TopClient,
  request: AlibabaInteractUserIsloginRequest,
  options?: CallOptions,
): Promise<AlibabaInteractUserIsloginResponse> {
  return client.call<AlibabaInteractUserIsloginResponse>(
    {
      method: 'alibaba.interact.user.islogin',
      responseRoot: 'alibaba_interact_user_islogin_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/cmns/yunos.service.cmns.coa.message.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.message.cancel` (CMNS消息撤回). */
export interface YunosServiceCmnsCoaMessageCancelRequest {
  /** 消息ID */
  mid: Int64Input;
}

/** Response of `yunos.service.cmns.coa.message.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaMessageCancelResponse {
  /** 返回状态 200表示调用成功 */
  status?: Int64;
  /**
   * true:撤回成功
   * false:撤回失败
   */
  data?: boolean;
  /** 调用出错时返回信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status: 'Number',
  data: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.message.cancel`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaMessageCancelOperation = {
  method: 'yunos.service.cmns.coa.message.cancel',
  responseRoot: 'yunos_service_cmns_coa_message_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CMNS消息撤回 — calls TOP method `yunos.service.cmns.coa.message.cancel`.
 *
 * 此接口用户撤回之前已经发出去的消息，根据消息ID撤回，只能撤回此appKey创建的消息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaMessageCancel(
  client: TopClient,
  request: YunosServiceCmnsCoaMessageCancelRequest,
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaMessageCancelResponse> {
  return client.call<YunosServiceCmnsCoaMessageCancelResponse>(
    {
      method: 'yunos.service.cmns.coa.message.cancel',
      responseRoot: 'yunos_service_cmns_coa_message_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

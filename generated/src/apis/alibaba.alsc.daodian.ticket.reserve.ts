// Generated from specs/alscmerchant/alibaba.alsc.daodian.ticket.reserve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.daodian.ticket.reserve` (外部券冲正). */
export interface AlibabaAlscDaodianTicketReserveRequest {
  /** 凭证冲正请求 */
  ticket_reverse_top_request?: AlibabaAlscDaodianTicketReserveTicketReverseTopRequestInput;
}

/** Response of `alibaba.alsc.daodian.ticket.reserve`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscDaodianTicketReserveResponse {
  /** 返回结构体 */
  result?: AlibabaAlscDaodianTicketReserveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketReverseTopRequest` of `alibaba.alsc.daodian.ticket.reserve`. */
export interface AlibabaAlscDaodianTicketReserveTicketReverseTopRequestInput {
  /** 凭证核销流水id */
  ticket_use_trans_id?: string;
  /** 业务发生时间，为空取调用时间 */
  biz_date?: string;
  /** 请求id */
  request_id: string;
  /** 口碑凭证id */
  ticket_id: string;
}

/** `Result` of `alibaba.alsc.daodian.ticket.reserve`. */
export interface AlibabaAlscDaodianTicketReserveResult {
  /** 处理结果是否成功，true为成功，false为失败 */
  success?: boolean;
  /** 错误码，success=false时有效 */
  error_code?: string;
  /** 是否可重试，success=false时有效 */
  retry?: boolean;
  /** 错误文案，success=false时有效 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  ticket_reverse_top_request: {
    ticket_use_trans_id: 'String',
    biz_date: 'String',
    request_id: 'String',
    ticket_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    retry: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.daodian.ticket.reserve`: method, response root, request and response schemas. */
export const alibabaAlscDaodianTicketReserveOperation = {
  method: 'alibaba.alsc.daodian.ticket.reserve',
  responseRoot: 'alibaba_alsc_daodian_ticket_reserve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部券冲正 — calls TOP method `alibaba.alsc.daodian.ticket.reserve`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscDaodianTicketReserve(
  client: TopClient,
  request: AlibabaAlscDaodianTicketReserveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscDaodianTicketReserveResponse> {
  return client.call<AlibabaAlscDaodianTicketReserveResponse>(
    {
      method: 'alibaba.alsc.daodian.ticket.reserve',
      responseRoot: 'alibaba_alsc_daodian_ticket_reserve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

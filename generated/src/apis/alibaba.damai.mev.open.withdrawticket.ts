// Generated from specs/damai/alibaba.damai.mev.open.withdrawticket.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.withdrawticket` (大麦换验平台-第三方对外开放-票单接口withdrawTicket). */
export interface AlibabaDamaiMevOpenWithdrawticketRequest {
  /** 入参ticketIdOpenParam */
  ticket_id_open_param?: AlibabaDamaiMevOpenWithdrawticketTicketIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.withdrawticket`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenWithdrawticketResponse {
  /** result */
  result?: AlibabaDamaiMevOpenWithdrawticketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketIdOpenParam` of `alibaba.damai.mev.open.withdrawticket`. */
export interface AlibabaDamaiMevOpenWithdrawticketTicketIdOpenParamInput {
  /** 场次id */
  perform_id?: Int64Input;
  /** 系统id */
  system_id?: Int64Input;
  /** 票单id */
  voucher_id?: Int64Input;
  /** 商家密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.withdrawticket`. */
export interface AlibabaDamaiMevOpenWithdrawticketResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误内容 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ticket_id_open_param: {
    perform_id: 'Number',
    system_id: 'Number',
    voucher_id: 'Number',
    supplier_secret: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.withdrawticket`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenWithdrawticketOperation = {
  method: 'alibaba.damai.mev.open.withdrawticket',
  responseRoot: 'alibaba_damai_mev_open_withdrawticket_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票单接口withdrawTicket — calls TOP method `alibaba.damai.mev.open.withdrawticket`.
 *
 * 开放接口退票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenWithdrawticket(
  client: TopClient,
  request: AlibabaDamaiMevOpenWithdrawticketRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenWithdrawticketResponse> {
  return client.call<AlibabaDamaiMevOpenWithdrawticketResponse>(
    {
      method: 'alibaba.damai.mev.open.withdrawticket',
      responseRoot: 'alibaba_damai_mev_open_withdrawticket_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

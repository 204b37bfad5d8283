// Generated from specs/damai/alibaba.damai.mev.open.lockticket.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.lockticket` (大麦换验平台-第三方对外开放-票单接口lockTicket). */
export interface AlibabaDamaiMevOpenLockticketRequest {
  /** 入参ticketIdOpenParam */
  ticket_id_open_param?: AlibabaDamaiMevOpenLockticketTicketIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.lockticket`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenLockticketResponse {
  /** result */
  result?: AlibabaDamaiMevOpenLockticketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketIdOpenParam` of `alibaba.damai.mev.open.lockticket`. */
export interface AlibabaDamaiMevOpenLockticketTicketIdOpenParamInput {
  /** 场次id */
  perform_id?: Int64Input;
  /** 商户id */
  system_id?: Int64Input;
  /** 票单id */
  voucher_id?: Int64Input;
  /** 商家密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.lockticket`. */
export interface AlibabaDamaiMevOpenLockticketResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回内容 */
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

/** Static description of `alibaba.damai.mev.open.lockticket`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenLockticketOperation = {
  method: 'alibaba.damai.mev.open.lockticket',
  responseRoot: 'alibaba_damai_mev_open_lockticket_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票单接口lockTicket — calls TOP method `alibaba.damai.mev.open.lockticket`.
 *
 * 开放接口 冻结票单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenLockticket(
  client: TopClient,
  request: AlibabaDamaiMevOpenLockticketRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenLockticketResponse> {
  return client.call<AlibabaDamaiMevOpenLockticketResponse>(
    {
      method: 'alibaba.damai.mev.open.lockticket',
      responseRoot: 'alibaba_damai_mev_open_lockticket_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/damai/alibaba.damai.mev.open.delete.paperformat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.delete.paperformat` (大麦换验平台-第三方对外开放-票纸版式接口deletePaperFormat). */
export interface AlibabaDamaiMevOpenDeletePaperformatRequest {
  /** 入参deletePaperFormatParam */
  delete_paper_format_param?: AlibabaDamaiMevOpenDeletePaperformatTicketPaperFormatIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.delete.paperformat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeletePaperformatResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeletePaperformatResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketPaperFormatIdOpenParam` of `alibaba.damai.mev.open.delete.paperformat`. */
export interface AlibabaDamaiMevOpenDeletePaperformatTicketPaperFormatIdOpenParamInput {
  /** 系统id */
  system_id?: Int64Input;
  /** 票纸版式id */
  ticket_paper_format_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.delete.paperformat`. */
export interface AlibabaDamaiMevOpenDeletePaperformatResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delete_paper_format_param: {
    system_id: 'Number',
    ticket_paper_format_id: 'Number',
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

/** Static description of `alibaba.damai.mev.open.delete.paperformat`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeletePaperformatOperation = {
  method: 'alibaba.damai.mev.open.delete.paperformat',
  responseRoot: 'alibaba_damai_mev_open_delete_paperformat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票纸版式接口deletePaperFormat — calls TOP method `alibaba.damai.mev.open.delete.paperformat`.
 *
 * deletePaperFormat
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeletePaperformat(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeletePaperformatRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeletePaperformatResponse> {
  return client.call<AlibabaDamaiMevOpenDeletePaperformatResponse>(
    {
      method: 'alibaba.damai.mev.open.delete.paperformat',
      responseRoot: 'alibaba_damai_mev_open_delete_paperformat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/damai/alibaba.damai.mev.open.push.paperformat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.push.paperformat` (大麦换验平台-第三方对外开放-票纸版式接口pushPaperFormat). */
export interface AlibabaDamaiMevOpenPushPaperformatRequest {
  /** 入参pushPaperFormatParam */
  push_paper_format_param?: AlibabaDamaiMevOpenPushPaperformatThirdPaperFormatPushOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.push.paperformat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenPushPaperformatResponse {
  /** result */
  result?: AlibabaDamaiMevOpenPushPaperformatResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdPaperFormatPushOpenParam` of `alibaba.damai.mev.open.push.paperformat`. */
export interface AlibabaDamaiMevOpenPushPaperformatThirdPaperFormatPushOpenParamInput {
  /** 票纸版式id */
  paper_format_id?: Int64Input;
  /** 票纸版式名称 */
  paper_format_name?: string;
  /** 打印类型 */
  print_type?: Int64Input;
  /** 推送时间 */
  push_time?: DateInput;
  /** 商户密钥 */
  supplier_secret?: string;
  /** 系统id */
  system_id?: Int64Input;
}

/** `Result` of `alibaba.damai.mev.open.push.paperformat`. */
export interface AlibabaDamaiMevOpenPushPaperformatResult {
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
  push_paper_format_param: {
    paper_format_id: 'Number',
    paper_format_name: 'String',
    print_type: 'Number',
    push_time: 'Date',
    supplier_secret: 'String',
    system_id: 'Number',
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

/** Static description of `alibaba.damai.mev.open.push.paperformat`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenPushPaperformatOperation = {
  method: 'alibaba.damai.mev.open.push.paperformat',
  responseRoot: 'alibaba_damai_mev_open_push_paperformat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票纸版式接口pushPaperFormat — calls TOP method `alibaba.damai.mev.open.push.paperformat`.
 *
 * pushPaperFormat
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenPushPaperformat(
  client: TopClient,
  request: AlibabaDamaiMevOpenPushPaperformatRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenPushPaperformatResponse> {
  return client.call<AlibabaDamaiMevOpenPushPaperformatResponse>(
    {
      method: 'alibaba.damai.mev.open.push.paperformat',
      responseRoot: 'alibaba_damai_mev_open_push_paperformat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

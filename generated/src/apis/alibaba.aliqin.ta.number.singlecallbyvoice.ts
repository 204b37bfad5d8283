// Generated from specs/alicom/alibaba.aliqin.ta.number.singlecallbyvoice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.ta.number.singlecallbyvoice` (根据号码tts单呼). */
export interface AlibabaAliqinTaNumberSinglecallbyvoiceRequest {
  /** 单呼号码 */
  called_num: string;
  /** 显示号码 */
  called_show_num: string;
  /** 语音文件code */
  voice_code: string;
  /** 上下文参数 示例:{"extend":"回传参数"} extend为扩展信息作为回传参数的key */
  params?: string | Record<string, unknown>;
}

/** Response of `alibaba.aliqin.ta.number.singlecallbyvoice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinTaNumberSinglecallbyvoiceResponse {
  /** 接口返回model */
  result?: AlibabaAliqinTaNumberSinglecallbyvoiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.ta.number.singlecallbyvoice`. */
export interface AlibabaAliqinTaNumberSinglecallbyvoiceResult {
  /** 结果 */
  model?: string;
  /** 系统自动生成 */
  msg?: string;
  /** 成功，失败 */
  success?: boolean;
  /** 系统自动生成 */
  code?: string;
}

const REQUEST_SCHEMA = {
  called_num: 'String',
  called_show_num: 'String',
  voice_code: 'String',
  params: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.ta.number.singlecallbyvoice`: method, response root, request and response schemas. */
export const alibabaAliqinTaNumberSinglecallbyvoiceOperation = {
  method: 'alibaba.aliqin.ta.number.singlecallbyvoice',
  responseRoot: 'alibaba_aliqin_ta_number_singlecallbyvoice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据号码tts单呼 — calls TOP method `alibaba.aliqin.ta.number.singlecallbyvoice`.
 *
 * 根据号码语音单呼
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinTaNumberSinglecallbyvoice(
  client: TopClient,
  request: AlibabaAliqinTaNumberSinglecallbyvoiceRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinTaNumberSinglecallbyvoiceResponse> {
  return client.call<AlibabaAliqinTaNumberSinglecallbyvoiceResponse>(
    {
      method: 'alibaba.aliqin.ta.number.singlecallbyvoice',
      responseRoot: 'alibaba_aliqin_ta_number_singlecallbyvoice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

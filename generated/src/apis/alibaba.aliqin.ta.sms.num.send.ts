// Generated from specs/alicom/alibaba.aliqin.ta.sms.num.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.ta.sms.num.send` (短信发送). */
export interface AlibabaAliqinTaSmsNumSendRequest {
  /** 接收号码 */
  rec_num: string;
  /** 短信模板CODE */
  sms_template_code: string;
  /** 公共回传参数 */
  extend?: string;
  /** 短信签名 */
  sms_free_sign_name: string;
  /** 短信模板变量，AckNum是变量参数 */
  sms_param?: string | Record<string, unknown>;
  /** 类型，normal：短信 */
  sms_type: string;
  /** 商家自定义扩展码 */
  extend_code?: string;
  /** 商家自定义扩展名,例如店铺nick */
  extend_name?: string;
}

/** Response of `alibaba.aliqin.ta.sms.num.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinTaSmsNumSendResponse {
  /** 返回结果 */
  result?: AlibabaAliqinTaSmsNumSendBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.ta.sms.num.send`. */
export interface AlibabaAliqinTaSmsNumSendBizResult {
  /** 返回结果 */
  model?: string;
  /** 返回信息描述 */
  msg?: string;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  rec_num: 'String',
  sms_template_code: 'String',
  extend: 'String',
  sms_free_sign_name: 'String',
  sms_param: 'Json',
  sms_type: 'String',
  extend_code: 'String',
  extend_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.ta.sms.num.send`: method, response root, request and response schemas. */
export const alibabaAliqinTaSmsNumSendOperation = {
  method: 'alibaba.aliqin.ta.sms.num.send',
  responseRoot: 'alibaba_aliqin_ta_sms_num_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短信发送 — calls TOP method `alibaba.aliqin.ta.sms.num.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinTaSmsNumSend(
  client: TopClient,
  request: AlibabaAliqinTaSmsNumSendRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinTaSmsNumSendResponse> {
  return client.call<AlibabaAliqinTaSmsNumSendResponse>(
    {
      method: 'alibaba.aliqin.ta.sms.num.send',
      responseRoot: 'alibaba_aliqin_ta_sms_num_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

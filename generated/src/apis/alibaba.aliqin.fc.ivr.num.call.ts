// Generated from specs/aliqin/alibaba.aliqin.fc.ivr.num.call.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.ivr.num.call` (ivr呼叫). */
export interface AlibabaAliqinFcIvrNumCallRequest {
  /** 被叫号码，支持国内手机号与固话号码,格式如下057188773344,13911112222,4001112222,95500 */
  called_number: string;
  /** 被叫号码侧的号码显示，传入的显示号码可以是阿里大鱼“管理中心-号码管理”中申请通过的号码。显示号码格式如下057188773344，4001112222，95500。显示号码也可以为主叫号码。 */
  called_show_number: string;
  /** 可选值：tts或voice。 */
  use_tts: string;
  /** 当值为tts时，menu_codet填写tts模板；当值为voice时，menu_code填写语音模板编码 */
  menu_code: string;
  /** 通话超时时长，如接通后到达120秒时，通话会因为超时自动挂断。若无需设置超时时长，可不传。 */
  session_time_out?: string;
  /** 公共回传参数，在消息中带回 */
  extend?: string;
  /** 结束语编码，当use_tts=voice时，该字段填写语音文件编码，当use_tts=tts时，该字段填写tts模板编码 */
  bye_code?: string;
  /** 当use_tts=tts时，该字段可填写tts模板变量参数 */
  menu_args?: string | Record<string, unknown>;
  /** 播放次数 */
  play_times?: Int64Input;
  /** 按键映射事件 */
  params?: string | Record<string, unknown>;
  /** 人工服务号码 */
  service_number?: string;
}

/** Response of `alibaba.aliqin.fc.ivr.num.call`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIvrNumCallResponse {
  /** result */
  result?: AlibabaAliqinFcIvrNumCallResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.ivr.num.call`. */
export interface AlibabaAliqinFcIvrNumCallResult {
  /** model */
  model?: string;
  /** code */
  err_code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

const REQUEST_SCHEMA = {
  called_number: 'String',
  called_show_number: 'String',
  use_tts: 'String',
  menu_code: 'String',
  session_time_out: 'String',
  extend: 'String',
  bye_code: 'String',
  menu_args: 'Json',
  play_times: 'Number',
  params: 'Json',
  service_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    err_code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.ivr.num.call`: method, response root, request and response schemas. */
export const alibabaAliqinFcIvrNumCallOperation = {
  method: 'alibaba.aliqin.fc.ivr.num.call',
  responseRoot: 'alibaba_aliqin_fc_ivr_num_call_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ivr呼叫 — calls TOP method `alibaba.aliqin.fc.ivr.num.call`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIvrNumCall(
  client: TopClient,
  request: AlibabaAliqinFcIvrNumCallRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIvrNumCallResponse> {
  return client.call<AlibabaAliqinFcIvrNumCallResponse>(
    {
      method: 'alibaba.aliqin.fc.ivr.num.call',
      responseRoot: 'alibaba_aliqin_fc_ivr_num_call_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

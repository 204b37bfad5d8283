// Generated from specs/alicom/alibaba.aliqin.ta.voice.num.doublecall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.ta.voice.num.doublecall` (聚石塔语音双呼接口). */
export interface AlibabaAliqinTaVoiceNumDoublecallRequest {
  /** 主叫号码，支持国内手机号与固话号码,格式如下057188773344,13911112222,4001112222,95500 */
  caller_num: string;
  /** 主叫号码侧的号码显示，传入的显示号码必须是阿里大于“管理中心-号码管理”中申请通过的号码。显示号码格式如下057188773344，4001112222，95500 */
  caller_show_num: string;
  /** 被叫号码，支持国内手机号与固话号码,格式如下057188773344,13911112222,4001112222,95500 */
  called_num: string;
  /** 被叫号码侧的号码显示，传入的显示号码可以是阿里大于“管理中心-号码管理”中申请通过的号码。显示号码格式如下057188773344，4001112222，95500。显示号码也可以为主叫号码。 */
  called_show_num: string;
  /** 公共回传参数，在“消息返回”中会透传回该参数；举例：用户可以传入自己下级的会员ID，在消息返回时，该会员ID会包含在内，用户可以根据该会员ID识别是哪位会员使用了你的应用 */
  extend?: string;
  /** 通话超时时长，如接通后到达120秒时，通话会因为超时自动挂断。若无需设置超时时长，可不传。 */
  session_time_out?: string;
}

/** Response of `alibaba.aliqin.ta.voice.num.doublecall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinTaVoiceNumDoublecallResponse {
  /** 接口返回参数 */
  result?: AlibabaAliqinTaVoiceNumDoublecallBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.ta.voice.num.doublecall`. */
export interface AlibabaAliqinTaVoiceNumDoublecallBizResult {
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
  caller_num: 'String',
  caller_show_num: 'String',
  called_num: 'String',
  called_show_num: 'String',
  extend: 'String',
  session_time_out: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.ta.voice.num.doublecall`: method, response root, request and response schemas. */
export const alibabaAliqinTaVoiceNumDoublecallOperation = {
  method: 'alibaba.aliqin.ta.voice.num.doublecall',
  responseRoot: 'alibaba_aliqin_ta_voice_num_doublecall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚石塔语音双呼接口 — calls TOP method `alibaba.aliqin.ta.voice.num.doublecall`.
 *
 * 根据传入的主叫号码与被叫号码，由系统依次向主叫号码与被叫号码发起呼叫，双方都应答后，开始一对一通话并开始计费。使用前需要在阿里大于管理中心添加呼叫双方的显示号码。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinTaVoiceNumDoublecall(
  client: TopClient,
  request: AlibabaAliqinTaVoiceNumDoublecallRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinTaVoiceNumDoublecallResponse> {
  return client.call<AlibabaAliqinTaVoiceNumDoublecallResponse>(
    {
      method: 'alibaba.aliqin.ta.voice.num.doublecall',
      responseRoot: 'alibaba_aliqin_ta_voice_num_doublecall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

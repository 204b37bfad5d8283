// Generated from specs/aliqin/alibaba.aliqin.fc.voice.num.singlecall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.voice.num.singlecall` (语音通知). */
export interface AlibabaAliqinFcVoiceNumSinglecallRequest {
  /** 被叫号码，支持国内手机号与固话号码,格式如下057188773344,13911112222,4001112222,95500 */
  called_num: string;
  /** 被叫号显，传入的显示号码必须是阿里大于“管理中心-号码管理”中申请通过的号码 */
  called_show_num: string;
  /** 语音文件ID，传入的语音文件必须是在阿里大于“管理中心-语音文件管理”中的可用语音文件 */
  voice_code: string;
  /** 公共回传参数，在“消息返回”中会透传回该参数；举例：用户可以传入自己下级的会员ID，在消息返回时，该会员ID会包含在内，用户可以根据该会员ID识别是哪位会员使用了你的应用 */
  extend?: string;
}

/** Response of `alibaba.aliqin.fc.voice.num.singlecall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcVoiceNumSinglecallResponse {
  /** 返回值 */
  result?: AlibabaAliqinFcVoiceNumSinglecallBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.fc.voice.num.singlecall`. */
export interface AlibabaAliqinFcVoiceNumSinglecallBizResult {
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
  called_num: 'String',
  called_show_num: 'String',
  voice_code: 'String',
  extend: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.voice.num.singlecall`: method, response root, request and response schemas. */
export const alibabaAliqinFcVoiceNumSinglecallOperation = {
  method: 'alibaba.aliqin.fc.voice.num.singlecall',
  responseRoot: 'alibaba_aliqin_fc_voice_num_singlecall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 语音通知 — calls TOP method `alibaba.aliqin.fc.voice.num.singlecall`.
 *
 * 向指定手机号码发起单向呼叫，播放指定的语音文件内容。使用前需要在阿里大于管理中心添加去电显示号码与语音文件。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcVoiceNumSinglecall(
  client: TopClient,
  request: AlibabaAliqinFcVoiceNumSinglecallRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcVoiceNumSinglecallResponse> {
  return client.call<AlibabaAliqinFcVoiceNumSinglecallResponse>(
    {
      method: 'alibaba.aliqin.fc.voice.num.singlecall',
      responseRoot: 'alibaba_aliqin_fc_voice_num_singlecall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

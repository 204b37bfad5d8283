// Generated from specs/aliqin/alibaba.aliqin.fc.tts.num.singlecall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.tts.num.singlecall` (文本转语音通知). */
export interface AlibabaAliqinFcTtsNumSinglecallRequest {
  /** 被叫号码，支持国内手机号与固话号码,格式如下057188773344,13911112222,4001112222,95500 */
  called_num: string;
  /** 被叫号显，传入的显示号码必须是阿里大于“管理中心-号码管理”中申请或购买的号码 */
  called_show_num: string;
  /** TTS模板ID，传入的模板必须是在阿里大于“管理中心-语音TTS模板管理”中的可用模板 */
  tts_code: string;
  /** 公共回传参数，在“消息返回”中会透传回该参数；举例：用户可以传入自己下级的会员ID，在消息返回时，该会员ID会包含在内，用户可以根据该会员ID识别是哪位会员使用了你的应用 */
  extend?: string;
  /** 文本转语音（TTS）模板变量，传参规则{"key"："value"}，key的名字须和TTS模板中的变量名一致，多个变量之间以逗号隔开，示例：{"name":"xiaoming","code":"1234"} */
  tts_param?: string | Record<string, unknown>;
}

/** Response of `alibaba.aliqin.fc.tts.num.singlecall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcTtsNumSinglecallResponse {
  /** 接口返回参数 */
  result?: AlibabaAliqinFcTtsNumSinglecallBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.fc.tts.num.singlecall`. */
export interface AlibabaAliqinFcTtsNumSinglecallBizResult {
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
  tts_code: 'String',
  extend: 'String',
  tts_param: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.tts.num.singlecall`: method, response root, request and response schemas. */
export const alibabaAliqinFcTtsNumSinglecallOperation = {
  method: 'alibaba.aliqin.fc.tts.num.singlecall',
  responseRoot: 'alibaba_aliqin_fc_tts_num_singlecall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 文本转语音通知 — calls TOP method `alibaba.aliqin.fc.tts.num.singlecall`.
 *
 * 向指定手机号码发起单向呼叫，将文本模板内容转化为语音播放给被叫方。使用前需要在阿里大于管理中心添加去电显示号码与文本转语音模板。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcTtsNumSinglecall(
  client: TopClient,
  request: AlibabaAliqinFcTtsNumSinglecallRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcTtsNumSinglecallResponse> {
  return client.call<AlibabaAliqinFcTtsNumSinglecallResponse>(
    {
      method: 'alibaba.aliqin.fc.tts.num.singlecall',
      responseRoot: 'alibaba_aliqin_fc_tts_num_singlecall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

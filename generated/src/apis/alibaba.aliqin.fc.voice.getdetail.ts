// Generated from specs/alicom/alibaba.aliqin.fc.voice.getdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.voice.getdetail` (获取呼叫详情). */
export interface AlibabaAliqinFcVoiceGetdetailRequest {
  /** 呼叫唯一ID */
  call_id: string;
  /** Unix时间戳，会查询这个时间点对应那一天的记录（单位毫秒） */
  query_date: Int64Input;
  /** 语音通知为:11000000300006, 语音验证码为:11010000138001, IVR为:11000000300005, 点击拨号为:11000000300004, SIP为:11000000300009 */
  prod_id: Int64Input;
}

/** Response of `alibaba.aliqin.fc.voice.getdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcVoiceGetdetailResponse {
  /** 错误码 */
  alicom_code?: string;
  /** 错误信息 */
  alicom_msg?: string;
  /** 返回值，在没有结果时为空。recordFile表示的是录音文件地址 */
  model?: string;
  /** 请求是否成功 */
  alicom_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  call_id: 'String',
  query_date: 'Number',
  prod_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alicom_code: 'String',
  alicom_msg: 'String',
  model: 'String',
  alicom_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.voice.getdetail`: method, response root, request and response schemas. */
export const alibabaAliqinFcVoiceGetdetailOperation = {
  method: 'alibaba.aliqin.fc.voice.getdetail',
  responseRoot: 'alibaba_aliqin_fc_voice_getdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取呼叫详情 — calls TOP method `alibaba.aliqin.fc.voice.getdetail`.
 *
 * 通过呼叫id获取呼叫相关的数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcVoiceGetdetail(
  client: TopClient,
  request: AlibabaAliqinFcVoiceGetdetailRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcVoiceGetdetailResponse> {
  return client.call<AlibabaAliqinFcVoiceGetdetailResponse>(
    {
      method: 'alibaba.aliqin.fc.voice.getdetail',
      responseRoot: 'alibaba_aliqin_fc_voice_getdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

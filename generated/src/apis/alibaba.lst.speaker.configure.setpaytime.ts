// Generated from specs/lstspeacker/alibaba.lst.speaker.configure.setpaytime.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.configure.setpaytime` (音箱播放配置). */
export interface AlibabaLstSpeakerConfigureSetpaytimeRequest {
  /** 设备编码 */
  device_code: string;
  /** 开始时间 */
  play_start_time: string;
  /** 结束时间 */
  play_end_time: string;
  /** 是否播放广告 */
  is_only_play_advert: boolean;
  /** 是否设置播放时间 */
  is_set_play_time: boolean;
}

/** Response of `alibaba.lst.speaker.configure.setpaytime`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerConfigureSetpaytimeResponse {
  /** 执行结果 */
  succ?: boolean;
  /** 执行结果标识 */
  module?: boolean;
  /** 错误码 */
  erro_message?: string;
  /** 错误码 */
  erro_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
  play_start_time: 'String',
  play_end_time: 'String',
  is_only_play_advert: 'Boolean',
  is_set_play_time: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  module: 'Boolean',
  erro_message: 'String',
  erro_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.configure.setpaytime`: method, response root, request and response schemas. */
export const alibabaLstSpeakerConfigureSetpaytimeOperation = {
  method: 'alibaba.lst.speaker.configure.setpaytime',
  responseRoot: 'alibaba_lst_speaker_configure_setpaytime_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音箱播放配置 — calls TOP method `alibaba.lst.speaker.configure.setpaytime`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerConfigureSetpaytime(
  client: TopClient,
  request: AlibabaLstSpeakerConfigureSetpaytimeRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerConfigureSetpaytimeResponse> {
  return client.call<AlibabaLstSpeakerConfigureSetpaytimeResponse>(
    {
      method: 'alibaba.lst.speaker.configure.setpaytime',
      responseRoot: 'alibaba_lst_speaker_configure_setpaytime_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

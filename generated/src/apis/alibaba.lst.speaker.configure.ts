// Generated from specs/lstspeacker/alibaba.lst.speaker.configure.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.configure` (零售通音箱配置通用泛化调用接口). */
export interface AlibabaLstSpeakerConfigureRequest {
  /** 设备编码 */
  device_code: string;
  /** 命令类型setPayTime,adjustVolume，syncAudio，syncAudioAdvert */
  command: string;
  /** 数据体，根据命令不同而不同 */
  params: string;
}

/** Response of `alibaba.lst.speaker.configure`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerConfigureResponse {
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
  command: 'String',
  params: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  module: 'Boolean',
  erro_message: 'String',
  erro_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.configure`: method, response root, request and response schemas. */
export const alibabaLstSpeakerConfigureOperation = {
  method: 'alibaba.lst.speaker.configure',
  responseRoot: 'alibaba_lst_speaker_configure_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售通音箱配置通用泛化调用接口 — calls TOP method `alibaba.lst.speaker.configure`.
 *
 * 零售通音箱配置通用泛化调用接口，包括内容、音量、音频等内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerConfigure(
  client: TopClient,
  request: AlibabaLstSpeakerConfigureRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerConfigureResponse> {
  return client.call<AlibabaLstSpeakerConfigureResponse>(
    {
      method: 'alibaba.lst.speaker.configure',
      responseRoot: 'alibaba_lst_speaker_configure_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/lstspeacker/alibaba.lst.speaker.configure.syncaudio.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.configure.syncaudio` (音频同步). */
export interface AlibabaLstSpeakerConfigureSyncaudioRequest {
  /** 设备编码 */
  device_code: string;
  /** 参数 */
  speaker_config_param4_sync_audio: AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigParam4SyncAudioInput;
}

/** Response of `alibaba.lst.speaker.configure.syncaudio`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerConfigureSyncaudioResponse {
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

/** `SpeakerConfigParam4SyncAudio` of `alibaba.lst.speaker.configure.syncaudio`. */
export interface AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigParam4SyncAudioInput {
  /** 音频集信息 */
  audio_info: AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigAudioInfoInput;
  /** 音频列表 */
  audio_list: AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigAudioListInput[];
}

/** `SpeakerConfigAudioInfo` of `alibaba.lst.speaker.configure.syncaudio`. */
export interface AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigAudioInfoInput {
  /** 音频集名称 */
  name: string;
  /** 音频集开始时间 */
  start_time: string;
  /** 音频集结束时间 */
  end_time: string;
  /** 描述 */
  describes?: string;
  /** 音频封面 */
  url?: string;
}

/** `SpeakerConfigAudioList` of `alibaba.lst.speaker.configure.syncaudio`. */
export interface AlibabaLstSpeakerConfigureSyncaudioSpeakerConfigAudioListInput {
  /** 音频名称 */
  name: string;
  /** 音频播放时间秒 */
  length: Int64Input;
  /** 音频播放地址 */
  url: string;
  /** 音频md5 */
  md5: string;
  /** 音频播放顺序 */
  play_pos: Int64Input;
  /** 音频播放开始时间 */
  play_start_date_time: Int64Input;
  /** 音频播放结束时间 */
  play_end_date_time: Int64Input;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
  speaker_config_param4_sync_audio: {
    audio_info: {
      name: 'String',
      start_time: 'String',
      end_time: 'String',
      describes: 'String',
      url: 'String',
    },
    audio_list: [
      {
        name: 'String',
        length: 'Number',
        url: 'String',
        md5: 'String',
        play_pos: 'Number',
        play_start_date_time: 'Number',
        play_end_date_time: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  module: 'Boolean',
  erro_message: 'String',
  erro_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.configure.syncaudio`: method, response root, request and response schemas. */
export const alibabaLstSpeakerConfigureSyncaudioOperation = {
  method: 'alibaba.lst.speaker.configure.syncaudio',
  responseRoot: 'alibaba_lst_speaker_configure_syncaudio_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音频同步 — calls TOP method `alibaba.lst.speaker.configure.syncaudio`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerConfigureSyncaudio(
  client: TopClient,
  request: AlibabaLstSpeakerConfigureSyncaudioRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerConfigureSyncaudioResponse> {
  return client.call<AlibabaLstSpeakerConfigureSyncaudioResponse>(
    {
      method: 'alibaba.lst.speaker.configure.syncaudio',
      responseRoot: 'alibaba_lst_speaker_configure_syncaudio_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

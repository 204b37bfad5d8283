// Generated from specs/xiamicontent/xiami.content.songs.audio.getrefrain.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.songs.audio.getrefrain` (获取副歌信息). */
export interface XiamiContentSongsAudioGetrefrainRequest {
  /**
   * 歌曲ID
   *
   * Max list size: 999
   */
  song_ids: Int64Input[];
}

/** Response of `xiami.content.songs.audio.getrefrain`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentSongsAudioGetrefrainResponse {
  /** 音频信息 */
  audios?: XiamiContentSongsAudioGetrefrainSongAudiosDto[];
  /** 请求结果信息 */
  result_code?: XiamiContentSongsAudioGetrefrainResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SongAudiosDto` of `xiami.content.songs.audio.getrefrain`. */
export interface XiamiContentSongsAudioGetrefrainSongAudiosDto {
  /** 歌曲ID */
  song_id?: Int64;
  /** 音频信息 */
  audios?: XiamiContentSongsAudioGetrefrainAudioDto[];
  /** 副歌片段结束时间（单位:毫秒） */
  refrain_end_time?: Int64;
  /** 副歌片段开始时间（单位:毫秒） */
  refrain_start_time?: Int64;
  /** 热门片段开始时间（单位:毫秒） */
  video_part_start_time?: Int64;
  /** 热门片段结束时间（单位:毫秒） */
  video_part_end_time?: Int64;
}

/** `AudioDto` of `xiami.content.songs.audio.getrefrain`. */
export interface XiamiContentSongsAudioGetrefrainAudioDto {
  /** 音频ID */
  audio_id?: Int64;
  /** 音频时长（单位：毫秒） */
  duration?: Int64;
  /** 音频地址 带有标准的CDN签名 */
  listen_url?: string;
  /** 文件大小(单位: 字节) */
  file_size?: Int64;
  /** 音频格式:mp3|m4a|wav */
  format?: string;
  /** 码率: 32|64|128|192|320|>320 的整数值 */
  rate?: Int64;
  /** 品质:1(无损)|2(320k)|3(192k)|4(128k)|5(32k)|6(副歌)|7(64k)|8(128kAAC)|9(192kAAC)|10(256kAAC)|15(MQA) */
  quality?: Int64;
  /** 采样率 */
  sample_rate?: Int64;
  /** 位信息 */
  bits?: Int64;
  /** 过期时间(unix timestamp) */
  expire?: Int64;
}

/** `ResultCode` of `xiami.content.songs.audio.getrefrain`. */
export interface XiamiContentSongsAudioGetrefrainResultCode {
  /** result message */
  msg?: string;
  /** result code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  song_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  audios: [
    {
      song_id: 'Number',
      audios: [
        {
          audio_id: 'Number',
          duration: 'Number',
          listen_url: 'String',
          file_size: 'Number',
          format: 'String',
          rate: 'Number',
          quality: 'Number',
          sample_rate: 'Number',
          bits: 'Number',
          expire: 'Number',
        },
      ],
      refrain_end_time: 'Number',
      refrain_start_time: 'Number',
      video_part_start_time: 'Number',
      video_part_end_time: 'Number',
    },
  ],
  result_code: {
    msg: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.songs.audio.getrefrain`: method, response root, request and response schemas. */
export const xiamiContentSongsAudioGetrefrainOperation = {
  method: 'xiami.content.songs.audio.getrefrain',
  responseRoot: 'xiami_content_songs_audio_getrefrain_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取副歌信息 — calls TOP method `xiami.content.songs.audio.getrefrain`.
 *
 * 获取歌曲音频副歌
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentSongsAudioGetrefrain(
  client: TopClient,
  request: XiamiContentSongsAudioGetrefrainRequest,
  options?: CallOptions,
): Promise<XiamiContentSongsAudioGetrefrainResponse> {
  return client.call<XiamiContentSongsAudioGetrefrainResponse>(
    {
      method: 'xiami.content.songs.audio.getrefrain',
      responseRoot: 'xiami_content_songs_audio_getrefrain_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

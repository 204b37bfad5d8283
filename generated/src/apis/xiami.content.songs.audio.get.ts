// Generated from specs/xiamicontent/xiami.content.songs.audio.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.songs.audio.get` (获取歌曲音频). */
export interface XiamiContentSongsAudioGetRequest {
  /**
   * 歌曲ID
   *
   * Max list size: 999
   */
  song_ids: Int64Input[];
}

/** Response of `xiami.content.songs.audio.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentSongsAudioGetResponse {
  /** 音频信息 */
  audios?: XiamiContentSongsAudioGetSongAudiosDto[];
  /** 请求结果信息 */
  result_code?: XiamiContentSongsAudioGetResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SongAudiosDto` of `xiami.content.songs.audio.get`. */
export interface XiamiContentSongsAudioGetSongAudiosDto {
  /** 歌曲ID */
  song_id?: Int64;
  /** 音频信息 */
  audios?: XiamiContentSongsAudioGetAudioDto[];
}

/** `AudioDto` of `xiami.content.songs.audio.get`. */
export interface XiamiContentSongsAudioGetAudioDto {
  /** 音频ID */
  audio_id?: Int64;
  /** 音频时长，同一歌曲时长一致（单位：毫秒） */
  duration?: Int64;
  /** 音频地址 带有标准的CDN签名 */
  listen_url?: string;
  /** 文件大小(单位: 字节) */
  file_size?: Int64;
  /** 音频格式:mp3|m4a|wav */
  format?: string;
  /** 码率: 32|64|128|192|320|>320的整数值 */
  rate?: Int64;
  /** 品质:1(无损)|2(320k)|3(192k)|4(128k)|5(32k)|7(64k)|15(MQA) */
  quality?: Int64;
  /** 采样率 */
  sample_rate?: Int64;
  /** 位信息，音频压缩过程产生的信息，可忽略 */
  bits?: Int64;
  /** 过期时间(unix timestamp) */
  expire?: Int64;
}

/** `ResultCode` of `xiami.content.songs.audio.get`. */
export interface XiamiContentSongsAudioGetResultCode {
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
    },
  ],
  result_code: {
    msg: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.songs.audio.get`: method, response root, request and response schemas. */
export const xiamiContentSongsAudioGetOperation = {
  method: 'xiami.content.songs.audio.get',
  responseRoot: 'xiami_content_songs_audio_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取歌曲音频 — calls TOP method `xiami.content.songs.audio.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentSongsAudioGet(
  client: TopClient,
  request: XiamiContentSongsAudioGetRequest,
  options?: CallOptions,
): Promise<XiamiContentSongsAudioGetResponse> {
  return client.call<XiamiContentSongsAudioGetResponse>(
    {
      method: 'xiami.content.songs.audio.get',
      responseRoot: 'xiami_content_songs_audio_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/lstspeacker/alibaba.lst.speaker.configure.syncaudioadvert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.configure.syncaudioadvert` (同步广告). */
export interface AlibabaLstSpeakerConfigureSyncaudioadvertRequest {
  /** 设备编码 */
  device_code: string;
  /** 音频参数 */
  speaker_config_param4_sync_audio_advert: AlibabaLstSpeakerConfigureSyncaudioadvertSpeakerConfigParam4SyncAudioAdvertInput;
}

/** Response of `alibaba.lst.speaker.configure.syncaudioadvert`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerConfigureSyncaudioadvertResponse {
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

/** `SpeakerConfigParam4SyncAudioAdvert` of `alibaba.lst.speaker.configure.syncaudioadvert`. */
export interface AlibabaLstSpeakerConfigureSyncaudioadvertSpeakerConfigParam4SyncAudioAdvertInput {
  /** 广告列表 */
  advert_list: AlibabaLstSpeakerConfigureSyncaudioadvertSpeakerConfigAudioAdvertInput[];
}

/** `SpeakerConfigAudioAdvert` of `alibaba.lst.speaker.configure.syncaudioadvert`. */
export interface AlibabaLstSpeakerConfigureSyncaudioadvertSpeakerConfigAudioAdvertInput {
  /** 广告ID */
  id: string;
  /** 订单ID */
  order_id: string;
  /** 播放时间戳 */
  play_schedule_time: Int64Input;
  /** 名称 */
  name: string;
  /** md5 */
  md5: string;
  /** 文件大小kb */
  file_size: Int64Input;
  /** 播放时长 */
  length: Int64Input;
  /** 单价元 */
  unit_price?: string;
  /** 折扣率 */
  advert_discount_ratio?: string;
  /** 门店折扣率 */
  store_discount_ratio?: string;
  /** 广告地址 */
  url: string;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
  speaker_config_param4_sync_audio_advert: {
    advert_list: [
      {
        id: 'String',
        order_id: 'String',
        play_schedule_time: 'Number',
        name: 'String',
        md5: 'String',
        file_size: 'Number',
        length: 'Number',
        unit_price: 'String',
        advert_discount_ratio: 'String',
        store_discount_ratio: 'String',
        url: 'String',
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

/** Static description of `alibaba.lst.speaker.configure.syncaudioadvert`: method, response root, request and response schemas. */
export const alibabaLstSpeakerConfigureSyncaudioadvertOperation = {
  method: 'alibaba.lst.speaker.configure.syncaudioadvert',
  responseRoot: 'alibaba_lst_speaker_configure_syncaudioadvert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步广告 — calls TOP method `alibaba.lst.speaker.configure.syncaudioadvert`.
 *
 * 如意音箱广告同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerConfigureSyncaudioadvert(
  client: TopClient,
  request: AlibabaLstSpeakerConfigureSyncaudioadvertRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerConfigureSyncaudioadvertResponse> {
  return client.call<AlibabaLstSpeakerConfigureSyncaudioadvertResponse>(
    {
      method: 'alibaba.lst.speaker.configure.syncaudioadvert',
      responseRoot: 'alibaba_lst_speaker_configure_syncaudioadvert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

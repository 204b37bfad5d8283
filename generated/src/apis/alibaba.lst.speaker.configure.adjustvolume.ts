// Generated from specs/lstspeacker/alibaba.lst.speaker.configure.adjustvolume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.configure.adjustvolume` (音箱音量调节). */
export interface AlibabaLstSpeakerConfigureAdjustvolumeRequest {
  /** 设备编码 */
  device_code: string;
  /** 音量直 */
  volume: string;
  /** 音量类型，val:固定值, percent:百分比 */
  value_type: string;
}

/** Response of `alibaba.lst.speaker.configure.adjustvolume`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerConfigureAdjustvolumeResponse {
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
  volume: 'String',
  value_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  module: 'Boolean',
  erro_message: 'String',
  erro_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.configure.adjustvolume`: method, response root, request and response schemas. */
export const alibabaLstSpeakerConfigureAdjustvolumeOperation = {
  method: 'alibaba.lst.speaker.configure.adjustvolume',
  responseRoot: 'alibaba_lst_speaker_configure_adjustvolume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音箱音量调节 — calls TOP method `alibaba.lst.speaker.configure.adjustvolume`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerConfigureAdjustvolume(
  client: TopClient,
  request: AlibabaLstSpeakerConfigureAdjustvolumeRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerConfigureAdjustvolumeResponse> {
  return client.call<AlibabaLstSpeakerConfigureAdjustvolumeResponse>(
    {
      method: 'alibaba.lst.speaker.configure.adjustvolume',
      responseRoot: 'alibaba_lst_speaker_configure_adjustvolume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

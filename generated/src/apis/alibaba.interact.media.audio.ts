// Generated from specs/mtopopen/alibaba.interact.media.audio.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.media.audio` (音频相关鉴权接口). */
export interface AlibabaInteractMediaAudioRequest {
  /** 系统自动生成 */
  id?: string;
}

/** Response of `alibaba.interact.media.audio`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractMediaAudioResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.media.audio`: method, response root, request and response schemas. */
export const alibabaInteractMediaAudioOperation = {
  method: 'alibaba.interact.media.audio',
  responseRoot: 'alibaba_interact_media_audio_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音频相关鉴权接口 — calls TOP method `alibaba.interact.media.audio`.
 *
 * 新音频包的鉴权接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractMediaAudio(
  client: TopClient,
  request: AlibabaInteractMediaAudioRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractMediaAudioResponse> {
  return client.call<AlibabaInteractMediaAudioResponse>(
    {
      method: 'alibaba.interact.media.audio',
      responseRoot: 'alibaba_interact_media_audio_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

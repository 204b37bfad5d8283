// Generated from specs/lstspeacker/alibaba.lst.speaker.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.status.get` (音箱设备在线状态). */
export interface AlibabaLstSpeakerStatusGetRequest {
  /** 设备编码 */
  device_code: string;
}

/** Response of `alibaba.lst.speaker.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerStatusGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaLstSpeakerStatusGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.speaker.status.get`. */
export interface AlibabaLstSpeakerStatusGetResultDto {
  /** 执行结果 */
  succ?: boolean;
  /** 状态对象 */
  module?: AlibabaLstSpeakerStatusGetSpeakerOnLineStatus;
  /** 错误码 */
  erro_message?: string;
  /** 错误码 */
  erro_code?: string;
}

/** `SpeakerOnLineStatus` of `alibaba.lst.speaker.status.get`. */
export interface AlibabaLstSpeakerStatusGetSpeakerOnLineStatus {
  /** 状态吗 */
  code?: string;
  /** 状态名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  device_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    succ: 'Boolean',
    module: {
      code: 'String',
      name: 'String',
    },
    erro_message: 'String',
    erro_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.status.get`: method, response root, request and response schemas. */
export const alibabaLstSpeakerStatusGetOperation = {
  method: 'alibaba.lst.speaker.status.get',
  responseRoot: 'alibaba_lst_speaker_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 音箱设备在线状态 — calls TOP method `alibaba.lst.speaker.status.get`.
 *
 * 音箱设备在线状态查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerStatusGet(
  client: TopClient,
  request: AlibabaLstSpeakerStatusGetRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerStatusGetResponse> {
  return client.call<AlibabaLstSpeakerStatusGetResponse>(
    {
      method: 'alibaba.lst.speaker.status.get',
      responseRoot: 'alibaba_lst_speaker_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

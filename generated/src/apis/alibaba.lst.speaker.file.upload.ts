// Generated from specs/lstspeacker/alibaba.lst.speaker.file.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.lst.speaker.file.upload` (如意音箱音频文件长传). */
export interface AlibabaLstSpeakerFileUploadRequest {
  /** 数据流 */
  file_bytes?: TopFile;
  /** 文件类型,audio:音频，advert:广告 */
  file_type: string;
  /** 文件ID */
  file_id: string;
  /** md5直 */
  md5: string;
}

/** Response of `alibaba.lst.speaker.file.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstSpeakerFileUploadResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaLstSpeakerFileUploadResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.speaker.file.upload`. */
export interface AlibabaLstSpeakerFileUploadResultDto {
  /** 执行结果 */
  succ?: boolean;
  /** SpeakerFileDto */
  module?: AlibabaLstSpeakerFileUploadSpeakerFileDto;
  /** 错误码 */
  erro_message?: string;
  /** 错误码 */
  erro_code?: string;
}

/** `SpeakerFileDto` of `alibaba.lst.speaker.file.upload`. */
export interface AlibabaLstSpeakerFileUploadSpeakerFileDto {
  /** md5 */
  md5?: string;
  /** url */
  url?: string;
  /** fileId */
  file_id?: string;
}

const REQUEST_SCHEMA = {
  file_bytes: 'byte[]',
  file_type: 'String',
  file_id: 'String',
  md5: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    succ: 'Boolean',
    module: {
      md5: 'String',
      url: 'String',
      file_id: 'String',
    },
    erro_message: 'String',
    erro_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.speaker.file.upload`: method, response root, request and response schemas. */
export const alibabaLstSpeakerFileUploadOperation = {
  method: 'alibaba.lst.speaker.file.upload',
  responseRoot: 'alibaba_lst_speaker_file_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 如意音箱音频文件长传 — calls TOP method `alibaba.lst.speaker.file.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstSpeakerFileUpload(
  client: TopClient,
  request: AlibabaLstSpeakerFileUploadRequest,
  options?: CallOptions,
): Promise<AlibabaLstSpeakerFileUploadResponse> {
  return client.call<AlibabaLstSpeakerFileUploadResponse>(
    {
      method: 'alibaba.lst.speaker.file.upload',
      responseRoot: 'alibaba_lst_speaker_file_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

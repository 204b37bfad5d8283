// Generated from specs/alihealthmdeer/alibaba.alihealth.mdeer.science.synVideo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.mdeer.science.synVideo` (视频同步【保存/更新】). */
export interface AlibabaAlihealthMdeerScienceSynVideoRequest {
  /** 视频信息实体 */
  syn_video_info?: AlibabaAlihealthMdeerScienceSynVideoSynVideoInfoInput;
}

/** Response of `alibaba.alihealth.mdeer.science.synVideo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMdeerScienceSynVideoResponse {
  /** 调用结果描述 */
  msg_info?: string;
  /** 调用结果code */
  msg_code?: string;
  /** 调用是否成功 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SynVideoInfo` of `alibaba.alihealth.mdeer.science.synVideo`. */
export interface AlibabaAlihealthMdeerScienceSynVideoSynVideoInfoInput {
  /** 作者电话 */
  phone_number?: string;
  /** 作者简介 */
  author_introduction?: string;
  /** 作者科室 */
  author_department?: string;
  /** 作者级别 */
  author_level?: string;
  /** 医院级别 */
  hospital_level?: string;
  /** 医院名称 */
  hospital_name?: string;
  /** 作者头像 */
  portrait_url?: string;
  /** 作者名称 */
  author_name?: string;
  /** 视频原链接 */
  original_url?: string;
  /** 视频简介 */
  video_introduction?: string;
  /** 视频文件地址 */
  video_file_url?: string;
  /** 视频预览图 */
  preview_url?: string;
  /** 视频标题 */
  title?: string;
  /** 视频ID */
  video_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  syn_video_info: {
    phone_number: 'String',
    author_introduction: 'String',
    author_department: 'String',
    author_level: 'String',
    hospital_level: 'String',
    hospital_name: 'String',
    portrait_url: 'String',
    author_name: 'String',
    original_url: 'String',
    video_introduction: 'String',
    video_file_url: 'String',
    preview_url: 'String',
    title: 'String',
    video_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.mdeer.science.synVideo`: method, response root, request and response schemas. */
export const alibabaAlihealthMdeerScienceSynVideoOperation = {
  method: 'alibaba.alihealth.mdeer.science.synVideo',
  responseRoot: 'alibaba_alihealth_mdeer_science_synVideo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 视频同步【保存/更新】 — calls TOP method `alibaba.alihealth.mdeer.science.synVideo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMdeerScienceSynVideo(
  client: TopClient,
  request: AlibabaAlihealthMdeerScienceSynVideoRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMdeerScienceSynVideoResponse> {
  return client.call<AlibabaAlihealthMdeerScienceSynVideoResponse>(
    {
      method: 'alibaba.alihealth.mdeer.science.synVideo',
      responseRoot: 'alibaba_alihealth_mdeer_science_synVideo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

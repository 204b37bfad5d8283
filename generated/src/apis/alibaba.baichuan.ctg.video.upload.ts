// Generated from specs/baichuan/alibaba.baichuan.ctg.video.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.ctg.video.upload` (提供优酷的短视频入淘API). */
export interface AlibabaBaichuanCtgVideoUploadRequest {
  /** app */
  app: string;
  /** type */
  type: string;
  /** 视频VID，若为多个视频，则支持分组上传多个VID */
  video_id: string;
  /** 优酷道长绑定的淘宝账号ID */
  tb_uid: string;
  /** 作者名称 */
  owner_name?: string;
  /** 发布时间 */
  publish_time?: string;
  /** 上传时间 */
  upload_time?: string;
  /** 视频标题 */
  video_title?: string;
  /** 视频描述 */
  video_info?: string;
  /** 视频的分类ID，目前是优酷的分类ID */
  video_category?: string;
  /** 视频标签 */
  video_tag?: string;
  /** 视频的平台来源，如，优酷 */
  source?: string;
}

/** Response of `alibaba.baichuan.ctg.video.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanCtgVideoUploadResponse {
  /** result */
  result?: AlibabaBaichuanCtgVideoUploadCtgResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CtgResponse` of `alibaba.baichuan.ctg.video.upload`. */
export interface AlibabaBaichuanCtgVideoUploadCtgResponse {
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  app: 'String',
  type: 'String',
  video_id: 'String',
  tb_uid: 'String',
  owner_name: 'String',
  publish_time: 'String',
  upload_time: 'String',
  video_title: 'String',
  video_info: 'String',
  video_category: 'String',
  video_tag: 'String',
  source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.ctg.video.upload`: method, response root, request and response schemas. */
export const alibabaBaichuanCtgVideoUploadOperation = {
  method: 'alibaba.baichuan.ctg.video.upload',
  responseRoot: 'alibaba_baichuan_ctg_video_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提供优酷的短视频入淘API — calls TOP method `alibaba.baichuan.ctg.video.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanCtgVideoUpload(
  client: TopClient,
  request: AlibabaBaichuanCtgVideoUploadRequest,
  options?: CallOptions,
): Promise<AlibabaBaichuanCtgVideoUploadResponse> {
  return client.call<AlibabaBaichuanCtgVideoUploadResponse>(
    {
      method: 'alibaba.baichuan.ctg.video.upload',
      responseRoot: 'alibaba_baichuan_ctg_video_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

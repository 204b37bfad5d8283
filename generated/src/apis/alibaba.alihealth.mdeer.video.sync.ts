// Generated from specs/alihealthmdeer/alibaba.alihealth.mdeer.video.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.mdeer.video.sync` (合作伙伴视频同步给医知鹿接口). */
export interface AlibabaAlihealthMdeerVideoSyncRequest {
  /** 合作方头像url */
  partner_portrait_url?: string;
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
  /** 作者id */
  author_id?: string;
  /** 合作方主页 */
  partner_homepage?: string;
  /** 合作方名称 */
  partner_name?: string;
  /** 发布日期 */
  release_date?: string;
  /** 视频文件url */
  video_file_url?: string;
  /** 视频落地页 */
  video_mobile_url?: string;
  /** 视频简介 */
  video_introduction?: string;
  /** 视频长度 */
  video_length?: string;
  /** 视频所述疾病 */
  disease?: string;
  /** 预览图url */
  priview_url?: string;
  /** 视频标题 */
  video_title?: string;
  /** 视频id */
  video_id?: string;
}

/** Response of `alibaba.alihealth.mdeer.video.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMdeerVideoSyncResponse {
  /** result */
  result?: AlibabaAlihealthMdeerVideoSyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.mdeer.video.sync`. */
export interface AlibabaAlihealthMdeerVideoSyncTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** model */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  partner_portrait_url: 'String',
  phone_number: 'String',
  author_introduction: 'String',
  author_department: 'String',
  author_level: 'String',
  hospital_level: 'String',
  hospital_name: 'String',
  portrait_url: 'String',
  author_name: 'String',
  author_id: 'String',
  partner_homepage: 'String',
  partner_name: 'String',
  release_date: 'String',
  video_file_url: 'String',
  video_mobile_url: 'String',
  video_introduction: 'String',
  video_length: 'String',
  disease: 'String',
  priview_url: 'String',
  video_title: 'String',
  video_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.mdeer.video.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMdeerVideoSyncOperation = {
  method: 'alibaba.alihealth.mdeer.video.sync',
  responseRoot: 'alibaba_alihealth_mdeer_video_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合作伙伴视频同步给医知鹿接口 — calls TOP method `alibaba.alihealth.mdeer.video.sync`.
 *
 * 合伙做伴内容同步接口，用来视频同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMdeerVideoSync(
  client: TopClient,
  request: AlibabaAlihealthMdeerVideoSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMdeerVideoSyncResponse> {
  return client.call<AlibabaAlihealthMdeerVideoSyncResponse>(
    {
      method: 'alibaba.alihealth.mdeer.video.sync',
      responseRoot: 'alibaba_alihealth_mdeer_video_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

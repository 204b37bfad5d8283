// Generated from specs/cloudgame/alibaba.cgame.liteplay.avatar.record.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.liteplay.avatar.record.report` (Avatar形象保存地址回调). */
export interface AlibabaCgameLiteplayAvatarRecordReportRequest {
  /** 请求消息体 */
  request_dto: AlibabaCgameLiteplayAvatarRecordReportTopRecordCallbackRequestInput;
}

/** Response of `alibaba.cgame.liteplay.avatar.record.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameLiteplayAvatarRecordReportResponse {
  /** 接口返回model */
  result?: AlibabaCgameLiteplayAvatarRecordReportResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRecordCallbackRequest` of `alibaba.cgame.liteplay.avatar.record.report`. */
export interface AlibabaCgameLiteplayAvatarRecordReportTopRecordCallbackRequestInput {
  /** 图片oss地址列表 */
  images?: AlibabaCgameLiteplayAvatarRecordReportOssDtoInput[];
  /** 云游戏mixUserId */
  mix_user_id?: string;
  /** 视频oss地址列表 */
  videos?: AlibabaCgameLiteplayAvatarRecordReportOssDtoInput[];
  /** api版本version */
  version?: string;
  /** 扩展json字段 */
  ext_info?: string;
}

/** `OssDto` of `alibaba.cgame.liteplay.avatar.record.report`. */
export interface AlibabaCgameLiteplayAvatarRecordReportOssDtoInput {
  /** oss bucket */
  bucket?: string;
  /** 文件名, 不包含后缀 */
  file_name?: string;
  /** oss endpoint */
  endpoint?: string;
  /** 上传文件自定义key, 如energy:活力页头像 */
  file_purpose?: string;
  /** oss完整filekey */
  file_key?: string;
  /** oss文件后缀名 */
  file_ext?: string;
  /** 文件类型, AUDIO,IMAGE, VIDEO, GIF */
  file_type?: string;
}

/** `Result` of `alibaba.cgame.liteplay.avatar.record.report`. */
export interface AlibabaCgameLiteplayAvatarRecordReportResult {
  /** code */
  code?: string;
  /** 返回消息体 */
  data?: AlibabaCgameLiteplayAvatarRecordReportTopRecordCallbackResp;
  /** str消息 */
  message?: string;
}

/** `TopRecordCallbackResp` of `alibaba.cgame.liteplay.avatar.record.report`. */
export interface AlibabaCgameLiteplayAvatarRecordReportTopRecordCallbackResp {
  /** 返回消息result */
  result?: string;
  /** 返回code */
  code?: string;
  /** top请求id */
  request_id?: string;
  /** 云游戏mixUserId */
  mix_user_id?: string;
  /** str消息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request_dto: {
    images: [
      {
        bucket: 'String',
        file_name: 'String',
        endpoint: 'String',
        file_purpose: 'String',
        file_key: 'String',
        file_ext: 'String',
        file_type: 'String',
      },
    ],
    mix_user_id: 'String',
    videos: [
      {
        bucket: 'String',
        file_name: 'String',
        endpoint: 'String',
        file_purpose: 'String',
        file_key: 'String',
        file_ext: 'String',
        file_type: 'String',
      },
    ],
    version: 'String',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      result: 'String',
      code: 'String',
      request_id: 'String',
      mix_user_id: 'String',
      message: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.liteplay.avatar.record.report`: method, response root, request and response schemas. */
export const alibabaCgameLiteplayAvatarRecordReportOperation = {
  method: 'alibaba.cgame.liteplay.avatar.record.report',
  responseRoot: 'alibaba_cgame_liteplay_avatar_record_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Avatar形象保存地址回调 — calls TOP method `alibaba.cgame.liteplay.avatar.record.report`.
 *
 * 新氢玩, 围观互动Avatar捏脸, 形象地址保存回调
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameLiteplayAvatarRecordReport(
  client: TopClient,
  request: AlibabaCgameLiteplayAvatarRecordReportRequest,
  options?: CallOptions,
): Promise<AlibabaCgameLiteplayAvatarRecordReportResponse> {
  return client.call<AlibabaCgameLiteplayAvatarRecordReportResponse>(
    {
      method: 'alibaba.cgame.liteplay.avatar.record.report',
      responseRoot: 'alibaba_cgame_liteplay_avatar_record_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

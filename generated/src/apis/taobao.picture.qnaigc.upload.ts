// Generated from specs/util/taobao.picture.qnaigc.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.picture.qnaigc.upload` (qnaigc业务线图片上传). */
export interface TaobaoPictureQnaigcUploadRequest {
  /** qnaigc业务线图片上传请求 */
  upload_request?: TaobaoPictureQnaigcUploadUploadRequestInput;
}

/** Response of `taobao.picture.qnaigc.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureQnaigcUploadResponse {
  /** 上传结果 */
  result?: TaobaoPictureQnaigcUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadRequest` of `taobao.picture.qnaigc.upload`. */
export interface TaobaoPictureQnaigcUploadUploadRequestInput {
  /** 用户id */
  seller_id: Int64Input;
  /** tu业务线图片上传文件夹id，填0上传到根目录 */
  dir_id_for_tu?: Int64Input;
  /** qnaigc业务线图片上传文件夹id，填0上传到根目录 */
  dir_id_for_qnaigc?: Int64Input;
  /** 图片字节列表，image_data和image_url二选一 */
  image_data?: TopFile;
  /** 图片url，image_data和image_url二选一 */
  image_url?: string;
  /** 123.jpg */
  image_title?: string;
}

/** `Result` of `taobao.picture.qnaigc.upload`. */
export interface TaobaoPictureQnaigcUploadResult {
  /** 上传额外信息 */
  biz_ext_map?: string;
  /** 上传结果状态信息 */
  msg_info?: string;
  /** 上传结果状态码 */
  msg_code?: string;
  /** http状态码 */
  http_status_code?: Int64;
  /** 图片结果 */
  model?: TaobaoPictureQnaigcUploadFileDO;
}

/** `FileDO` of `taobao.picture.qnaigc.upload`. */
export interface TaobaoPictureQnaigcUploadFileDO {
  /** 上传文件夹id */
  dir_id?: Int64;
  /** 图片大小 */
  size?: Int64;
  /** 图片url */
  full_url?: string;
  /** 0 */
  object_key?: string;
}

const REQUEST_SCHEMA = {
  upload_request: {
    seller_id: 'Number',
    dir_id_for_tu: 'Number',
    dir_id_for_qnaigc: 'Number',
    image_data: 'byte[]',
    image_url: 'String',
    image_title: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_ext_map: 'String',
    msg_info: 'String',
    msg_code: 'String',
    http_status_code: 'Number',
    model: {
      dir_id: 'Number',
      size: 'Number',
      full_url: 'String',
      object_key: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.qnaigc.upload`: method, response root, request and response schemas. */
export const taobaoPictureQnaigcUploadOperation = {
  method: 'taobao.picture.qnaigc.upload',
  responseRoot: 'picture_qnaigc_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * qnaigc业务线图片上传 — calls TOP method `taobao.picture.qnaigc.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureQnaigcUpload(
  client: TopClient,
  request: TaobaoPictureQnaigcUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoPictureQnaigcUploadResponse> {
  return client.call<TaobaoPictureQnaigcUploadResponse>(
    {
      method: 'taobao.picture.qnaigc.upload',
      responseRoot: 'picture_qnaigc_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

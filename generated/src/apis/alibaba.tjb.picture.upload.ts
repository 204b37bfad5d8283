// Generated from specs/media/alibaba.tjb.picture.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.tjb.picture.upload` (淘特图片空间上传单张图片). */
export interface AlibabaTjbPictureUploadRequest {
  /** 图片名，可包含扩展名，与上传后返回的图片名一致。最长50个字符，不允许/,\,:,*,?,",<,>,|,;这些特殊字符。 */
  file_name: string;
  /** 图片的二进制流。允许png、jpg、gif图片格式,3M以内。 */
  file_data: TopFile;
  /** 指定传入的文件夹id，根文件夹为0 */
  folder_id: Int64Input;
}

/** Response of `alibaba.tjb.picture.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTjbPictureUploadResponse {
  /** 图片信息 */
  picture?: AlibabaTjbPictureUploadTopPictureDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopPictureDTO` of `alibaba.tjb.picture.upload`. */
export interface AlibabaTjbPictureUploadTopPictureDTO {
  /** 图片文件id */
  file_id?: Int64;
  /** 图片名 */
  file_name?: string;
  /** 所属文件夹id */
  folder_id?: Int64;
  /** 审核状态。"AUDITING":审核中, FROZEN:被冻结 ,"NORMAL":正常" */
  biz_status?: string;
  /** "NORMAL":正常，"RECYCLED":回收站中 */
  deleted_status?: string;
  /** 图片完整链接，直接通过这个链接可以访问图片 */
  full_url?: string;
  /** 分辨率，格式:长x宽，如450x150 */
  pixel?: string;
  /** 图片的大小，单位为字节 */
  size?: Int64;
  /** 图片扩展名 */
  extension_name?: string;
  /** 缩略图地址 */
  compress_picture_url?: string;
}

const REQUEST_SCHEMA = {
  file_name: 'String',
  file_data: 'byte[]',
  folder_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  picture: {
    file_id: 'Number',
    file_name: 'String',
    folder_id: 'Number',
    biz_status: 'String',
    deleted_status: 'String',
    full_url: 'String',
    pixel: 'String',
    size: 'Number',
    extension_name: 'String',
    compress_picture_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tjb.picture.upload`: method, response root, request and response schemas. */
export const alibabaTjbPictureUploadOperation = {
  method: 'alibaba.tjb.picture.upload',
  responseRoot: 'alibaba_tjb_picture_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘特图片空间上传单张图片 — calls TOP method `alibaba.tjb.picture.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTjbPictureUpload(
  client: TopClient,
  request: AlibabaTjbPictureUploadRequest,
  options?: CallOptions,
): Promise<AlibabaTjbPictureUploadResponse> {
  return client.call<AlibabaTjbPictureUploadResponse>(
    {
      method: 'alibaba.tjb.picture.upload',
      responseRoot: 'alibaba_tjb_picture_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

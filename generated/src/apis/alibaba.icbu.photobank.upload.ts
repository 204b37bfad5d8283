// Generated from specs/icbu/alibaba.icbu.photobank.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.icbu.photobank.upload` (图片银行图片上传开放接口). */
export interface AlibabaIcbuPhotobankUploadRequest {
  /** 扩展参数信息,如ICVID */
  extra_context?: string | Record<string, unknown>;
  /** 上传图片名称 */
  file_name: string;
  /** 上传图片所在分组 */
  group_id?: string;
  /** 图片字节数组 */
  image_bytes: TopFile;
}

/** Response of `alibaba.icbu.photobank.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuPhotobankUploadResponse {
  /** 图片信息 */
  upload_image_response?: AlibabaIcbuPhotobankUploadUploadImageResponseDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadImageResponseDo` of `alibaba.icbu.photobank.upload`. */
export interface AlibabaIcbuPhotobankUploadUploadImageResponseDo {
  /** 生成的图片名称 */
  file_name?: string;
  /** 生成的图片全路径URL */
  photobank_url?: string;
  /** 图片的唯一识别id */
  file_id?: Int64;
}

const REQUEST_SCHEMA = {
  extra_context: 'Json',
  file_name: 'String',
  group_id: 'String',
  image_bytes: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  upload_image_response: {
    file_name: 'String',
    photobank_url: 'String',
    file_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.photobank.upload`: method, response root, request and response schemas. */
export const alibabaIcbuPhotobankUploadOperation = {
  method: 'alibaba.icbu.photobank.upload',
  responseRoot: 'alibaba_icbu_photobank_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片银行图片上传开放接口 — calls TOP method `alibaba.icbu.photobank.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuPhotobankUpload(
  client: TopClient,
  request: AlibabaIcbuPhotobankUploadRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuPhotobankUploadResponse> {
  return client.call<AlibabaIcbuPhotobankUploadResponse>(
    {
      method: 'alibaba.icbu.photobank.upload',
      responseRoot: 'alibaba_icbu_photobank_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

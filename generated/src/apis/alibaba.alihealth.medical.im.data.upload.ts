// Generated from specs/alihealthmedical/alibaba.alihealth.medical.im.data.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.im.data.upload` (三方IM图片音频消息上传). */
export interface AlibabaAlihealthMedicalImDataUploadRequest {
  /** request */
  upload_data_request: AlibabaAlihealthMedicalImDataUploadUploadDataRequestInput;
  /** 文件字节流 */
  file: TopFile;
}

/** Response of `alibaba.alihealth.medical.im.data.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalImDataUploadResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthMedicalImDataUploadServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadDataRequest` of `alibaba.alihealth.medical.im.data.upload`. */
export interface AlibabaAlihealthMedicalImDataUploadUploadDataRequestInput {
  /** 医生外部id */
  doctor_uuid: string;
  /** 文件类型名 */
  content_type: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.im.data.upload`. */
export interface AlibabaAlihealthMedicalImDataUploadServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthMedicalImDataUploadUploadImageResponse;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
}

/** `UploadImageResponse` of `alibaba.alihealth.medical.im.data.upload`. */
export interface AlibabaAlihealthMedicalImDataUploadUploadImageResponse {
  /** 文件key值 */
  object_key?: string;
  /** url */
  full_url?: string;
}

const REQUEST_SCHEMA = {
  upload_data_request: {
    doctor_uuid: 'String',
    content_type: 'String',
  },
  file: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      object_key: 'String',
      full_url: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.im.data.upload`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalImDataUploadOperation = {
  method: 'alibaba.alihealth.medical.im.data.upload',
  responseRoot: 'alibaba_alihealth_medical_im_data_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方IM图片音频消息上传 — calls TOP method `alibaba.alihealth.medical.im.data.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalImDataUpload(
  client: TopClient,
  request: AlibabaAlihealthMedicalImDataUploadRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalImDataUploadResponse> {
  return client.call<AlibabaAlihealthMedicalImDataUploadResponse>(
    {
      method: 'alibaba.alihealth.medical.im.data.upload',
      responseRoot: 'alibaba_alihealth_medical_im_data_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

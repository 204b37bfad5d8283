// Generated from specs/campus/alibaba.campus.visitor.image.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.visitor.image.upload` (访客大厅图片上传及查看). */
export interface AlibabaCampusVisitorImageUploadRequest {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id?: Int64Input;
  /** 无意义参数 */
  none_string?: string;
}

/** Response of `alibaba.campus.visitor.image.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusVisitorImageUploadResponse {
  /** 出参 */
  result?: AlibabaCampusVisitorImageUploadPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.campus.visitor.image.upload`. */
export interface AlibabaCampusVisitorImageUploadPojoResult {
  /** 内容 */
  contents?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 错误级别 */
  error_level?: string;
  /** 成功或失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  company_id: 'Number',
  campus_id: 'Number',
  none_string: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: 'String',
    error_code: 'String',
    error_msg: 'String',
    error_level: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.visitor.image.upload`: method, response root, request and response schemas. */
export const alibabaCampusVisitorImageUploadOperation = {
  method: 'alibaba.campus.visitor.image.upload',
  responseRoot: 'alibaba_campus_visitor_image_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 访客大厅图片上传及查看 — calls TOP method `alibaba.campus.visitor.image.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusVisitorImageUpload(
  client: TopClient,
  request: AlibabaCampusVisitorImageUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusVisitorImageUploadResponse> {
  return client.call<AlibabaCampusVisitorImageUploadResponse>(
    {
      method: 'alibaba.campus.visitor.image.upload',
      responseRoot: 'alibaba_campus_visitor_image_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

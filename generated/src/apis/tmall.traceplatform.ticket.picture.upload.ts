// Generated from specs/tmallhk/tmall.traceplatform.ticket.picture.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.ticket.picture.upload` (上传小票图片). */
export interface TmallTraceplatformTicketPictureUploadRequest {
  /** 子订单号 */
  biz_order_id: Int64Input;
  /** 图片二进制流，只支持jpg/jpeg/png格式 */
  file: TopFile;
}

/** Response of `tmall.traceplatform.ticket.picture.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformTicketPictureUploadResponse {
  /** 返回值 */
  result?: TmallTraceplatformTicketPictureUploadDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `tmall.traceplatform.ticket.picture.upload`. */
export interface TmallTraceplatformTicketPictureUploadDataResult {
  /** 参数msg */
  msg?: string;
  /** 参数code */
  code?: string;
  /** 参数success */
  success?: boolean;
  /** 上传图片的url */
  obj?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
  file: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    success: 'Boolean',
    obj: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.ticket.picture.upload`: method, response root, request and response schemas. */
export const tmallTraceplatformTicketPictureUploadOperation = {
  method: 'tmall.traceplatform.ticket.picture.upload',
  responseRoot: 'tmall_traceplatform_ticket_picture_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传小票图片 — calls TOP method `tmall.traceplatform.ticket.picture.upload`.
 *
 * uploadPicture
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformTicketPictureUpload(
  client: TopClient,
  request: TmallTraceplatformTicketPictureUploadRequest,
  options?: CallOptions,
): Promise<TmallTraceplatformTicketPictureUploadResponse> {
  return client.call<TmallTraceplatformTicketPictureUploadResponse>(
    {
      method: 'tmall.traceplatform.ticket.picture.upload',
      responseRoot: 'tmall_traceplatform_ticket_picture_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

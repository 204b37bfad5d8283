// Generated from specs/tmallservice/tmall.servicecenter.spserviceorder.epoc.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.spserviceorder.epoc.upload` (电子保单文件上传接口). */
export interface TmallServicecenterSpserviceorderEpocUploadRequest {
  /** 服务交易订单号 */
  biz_order_id: Int64Input;
  /** 电子保单文件数据 */
  epoc_file_data?: string;
  /** 电子保单文件名 */
  epoc_file_name?: string;
  /** t&c文件数据 */
  tc_file_data?: string;
  /** t&c文件名 */
  tc_file_name?: string;
}

/** Response of `tmall.servicecenter.spserviceorder.epoc.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterSpserviceorderEpocUploadResponse {
  /** 返回结果 */
  result?: TmallServicecenterSpserviceorderEpocUploadFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.spserviceorder.epoc.upload`. */
export interface TmallServicecenterSpserviceorderEpocUploadFulfilplatformResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统异常时，返回相应的错误编码 */
  msg_code?: string;
  /** 系统异常时，返回相应的错误文本 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
  epoc_file_data: 'String',
  epoc_file_name: 'String',
  tc_file_data: 'String',
  tc_file_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.spserviceorder.epoc.upload`: method, response root, request and response schemas. */
export const tmallServicecenterSpserviceorderEpocUploadOperation = {
  method: 'tmall.servicecenter.spserviceorder.epoc.upload',
  responseRoot: 'tmall_servicecenter_spserviceorder_epoc_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子保单文件上传接口 — calls TOP method `tmall.servicecenter.spserviceorder.epoc.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterSpserviceorderEpocUpload(
  client: TopClient,
  request: TmallServicecenterSpserviceorderEpocUploadRequest,
  options?: CallOptions,
): Promise<TmallServicecenterSpserviceorderEpocUploadResponse> {
  return client.call<TmallServicecenterSpserviceorderEpocUploadResponse>(
    {
      method: 'tmall.servicecenter.spserviceorder.epoc.upload',
      responseRoot: 'tmall_servicecenter_spserviceorder_epoc_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallservice/tmall.servicecenter.spserviceorder.epoc.transfer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.spserviceorder.epoc.transfer` (电子保单受保人转移). */
export interface TmallServicecenterSpserviceorderEpocTransferRequest {
  /** 服务交易订单号 */
  biz_order_id: Int64Input;
}

/** Response of `tmall.servicecenter.spserviceorder.epoc.transfer`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterSpserviceorderEpocTransferResponse {
  /** 返回结果 */
  result?: TmallServicecenterSpserviceorderEpocTransferFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.spserviceorder.epoc.transfer`. */
export interface TmallServicecenterSpserviceorderEpocTransferFulfilplatformResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统异常时，返回相应的错误编码 */
  msg_code?: string;
  /** 系统异常时，返回相应的错误文本 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.spserviceorder.epoc.transfer`: method, response root, request and response schemas. */
export const tmallServicecenterSpserviceorderEpocTransferOperation = {
  method: 'tmall.servicecenter.spserviceorder.epoc.transfer',
  responseRoot: 'tmall_servicecenter_spserviceorder_epoc_transfer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子保单受保人转移 — calls TOP method `tmall.servicecenter.spserviceorder.epoc.transfer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterSpserviceorderEpocTransfer(
  client: TopClient,
  request: TmallServicecenterSpserviceorderEpocTransferRequest,
  options?: CallOptions,
): Promise<TmallServicecenterSpserviceorderEpocTransferResponse> {
  return client.call<TmallServicecenterSpserviceorderEpocTransferResponse>(
    {
      method: 'tmall.servicecenter.spserviceorder.epoc.transfer',
      responseRoot: 'tmall_servicecenter_spserviceorder_epoc_transfer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/drug/alibaba.alihealth.nr.rx.queryimage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.nr.rx.queryimage` (o2o查看处方图片). */
export interface AlibabaAlihealthNrRxQueryimageRequest {
  /** 订单编号 */
  order_id?: Int64Input;
}

/** Response of `alibaba.alihealth.nr.rx.queryimage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthNrRxQueryimageResponse {
  /** 成功或失败 */
  is_success?: boolean;
  /** 错误编码 */
  error_info_code?: string;
  /** 错误描述 */
  error_info_msg?: string;
  /** 处方图片url，多张图片用逗号分隔 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  error_info_code: 'String',
  error_info_msg: 'String',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.nr.rx.queryimage`: method, response root, request and response schemas. */
export const alibabaAlihealthNrRxQueryimageOperation = {
  method: 'alibaba.alihealth.nr.rx.queryimage',
  responseRoot: 'alibaba_alihealth_nr_rx_queryimage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * o2o查看处方图片 — calls TOP method `alibaba.alihealth.nr.rx.queryimage`.
 *
 * o2o商家查看处方图片，包括电子图片与纸质图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthNrRxQueryimage(
  client: TopClient,
  request: AlibabaAlihealthNrRxQueryimageRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthNrRxQueryimageResponse> {
  return client.call<AlibabaAlihealthNrRxQueryimageResponse>(
    {
      method: 'alibaba.alihealth.nr.rx.queryimage',
      responseRoot: 'alibaba_alihealth_nr_rx_queryimage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

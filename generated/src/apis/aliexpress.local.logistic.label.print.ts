// Generated from specs/logistic/aliexpress.local.logistic.label.print.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.local.logistic.label.print` (物流打印面单). */
export interface AliexpressLocalLogisticLabelPrintRequest {
  /** 打印面单入参 */
  param1?: AliexpressLocalLogisticLabelPrintPrintLabelRequestDTOInput;
}

/** Response of `aliexpress.local.logistic.label.print`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLocalLogisticLabelPrintResponse {
  /** 出参对象 */
  data?: AliexpressLocalLogisticLabelPrintLabelDTO;
  /** 接口调用状态 */
  is_success?: boolean;
  /** 错误信息 */
  error_result_message?: string;
  /** 错误码 */
  error_result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PrintLabelRequestDTO` of `aliexpress.local.logistic.label.print`. */
export interface AliexpressLocalLogisticLabelPrintPrintLabelRequestDTOInput {
  /** 物流订单号 */
  logistics_order_id: string;
}

/** `LabelDTO` of `aliexpress.local.logistic.label.print`. */
export interface AliexpressLocalLogisticLabelPrintLabelDTO {
  /** 物流订单号 */
  logistics_order_id?: string;
  /** 面单链接 */
  label_url?: string;
}

const REQUEST_SCHEMA = {
  param1: {
    logistics_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    logistics_order_id: 'String',
    label_url: 'String',
  },
  is_success: 'Boolean',
  error_result_message: 'String',
  error_result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.local.logistic.label.print`: method, response root, request and response schemas. */
export const aliexpressLocalLogisticLabelPrintOperation = {
  method: 'aliexpress.local.logistic.label.print',
  responseRoot: 'aliexpress_local_logistic_label_print_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流打印面单 — calls TOP method `aliexpress.local.logistic.label.print`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLocalLogisticLabelPrint(
  client: TopClient,
  request: AliexpressLocalLogisticLabelPrintRequest = {},
  options?: CallOptions,
): Promise<AliexpressLocalLogisticLabelPrintResponse> {
  return client.call<AliexpressLocalLogisticLabelPrintResponse>(
    {
      method: 'aliexpress.local.logistic.label.print',
      responseRoot: 'aliexpress_local_logistic_label_print_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

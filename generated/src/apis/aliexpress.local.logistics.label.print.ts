// Generated from specs/logistic/aliexpress.local.logistics.label.print.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.local.logistics.label.print` (print label). */
export interface AliexpressLocalLogisticsLabelPrintRequest {
  /** param */
  param1: AliexpressLocalLogisticsLabelPrintPrintLabelRequestDTOInput;
}

/** Response of `aliexpress.local.logistics.label.print`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLocalLogisticsLabelPrintResponse {
  /** data */
  data?: AliexpressLocalLogisticsLabelPrintLabelDTO;
  /** is success */
  is_success?: boolean;
  /** error message */
  error_result_message?: string;
  /** error code */
  error_result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PrintLabelRequestDTO` of `aliexpress.local.logistics.label.print`. */
export interface AliexpressLocalLogisticsLabelPrintPrintLabelRequestDTOInput {
  /** logistics order id and it can be used to get shipment detail */
  logistics_order_id: string;
}

/** `LabelDTO` of `aliexpress.local.logistics.label.print`. */
export interface AliexpressLocalLogisticsLabelPrintLabelDTO {
  /** lotistics order id */
  logistics_order_id?: string;
  /** URL of label PDF file */
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

/** Static description of `aliexpress.local.logistics.label.print`: method, response root, request and response schemas. */
export const aliexpressLocalLogisticsLabelPrintOperation = {
  method: 'aliexpress.local.logistics.label.print',
  responseRoot: 'aliexpress_local_logistics_label_print_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * print label — calls TOP method `aliexpress.local.logistics.label.print`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLocalLogisticsLabelPrint(
  client: TopClient,
  request: AliexpressLocalLogisticsLabelPrintRequest,
  options?: CallOptions,
): Promise<AliexpressLocalLogisticsLabelPrintResponse> {
  return client.call<AliexpressLocalLogisticsLabelPrintResponse>(
    {
      method: 'aliexpress.local.logistics.label.print',
      responseRoot: 'aliexpress_local_logistics_label_print_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

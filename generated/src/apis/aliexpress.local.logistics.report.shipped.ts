// Generated from specs/logistic/aliexpress.local.logistics.report.shipped.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.local.logistics.report.shipped` (report as shipped). */
export interface AliexpressLocalLogisticsReportShippedRequest {
  /** param */
  param1: AliexpressLocalLogisticsReportShippedReportShippedRequestDTOInput;
}

/** Response of `aliexpress.local.logistics.report.shipped`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLocalLogisticsReportShippedResponse {
  /** response info */
  data?: AliexpressLocalLogisticsReportShippedReportShippedDTO[];
  /** is success */
  is_success?: boolean;
  /** error message */
  error_result_message?: string;
  /** error code */
  error_result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportShippedRequestDTO` of `aliexpress.local.logistics.report.shipped`. */
export interface AliexpressLocalLogisticsReportShippedReportShippedRequestDTOInput {
  /** report shipped list */
  report_shipped_list: AliexpressLocalLogisticsReportShippedReportShippedDTOInput[];
}

/** `ReportShippedDTO` of `aliexpress.local.logistics.report.shipped`. */
export interface AliexpressLocalLogisticsReportShippedReportShippedDTOInput {
  /** shipment order id */
  logistics_order_id: string;
  /** type of report dispatch */
  shipped_type: string;
}

/** `ReportShippedDTO` of `aliexpress.local.logistics.report.shipped`. */
export interface AliexpressLocalLogisticsReportShippedReportShippedDTO {
  /** shipment order id */
  logistics_order_id?: string;
  /** type of report dispatch-Status including: all shipments (all), part of the delivery (part) */
  shipped_type?: string;
}

const REQUEST_SCHEMA = {
  param1: {
    report_shipped_list: [
      {
        logistics_order_id: 'String',
        shipped_type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      logistics_order_id: 'String',
      shipped_type: 'String',
    },
  ],
  is_success: 'Boolean',
  error_result_message: 'String',
  error_result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.local.logistics.report.shipped`: method, response root, request and response schemas. */
export const aliexpressLocalLogisticsReportShippedOperation = {
  method: 'aliexpress.local.logistics.report.shipped',
  responseRoot: 'aliexpress_local_logistics_report_shipped_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * report as shipped — calls TOP method `aliexpress.local.logistics.report.shipped`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLocalLogisticsReportShipped(
  client: TopClient,
  request: AliexpressLocalLogisticsReportShippedRequest,
  options?: CallOptions,
): Promise<AliexpressLocalLogisticsReportShippedResponse> {
  return client.call<AliexpressLocalLogisticsReportShippedResponse>(
    {
      method: 'aliexpress.local.logistics.report.shipped',
      responseRoot: 'aliexpress_local_logistics_report_shipped_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

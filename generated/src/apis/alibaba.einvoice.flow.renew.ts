// Generated from specs/einvoice/alibaba.einvoice.flow.renew.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.flow.renew` (工单(入驻、加盘、续约)续约). */
export interface AlibabaEinvoiceFlowRenewRequest {
  /** 续约请求参数 */
  invoice_flow_renew_dto: AlibabaEinvoiceFlowRenewInvoiceFlowRenewDtoInput;
}

/** Response of `alibaba.einvoice.flow.renew`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceFlowRenewResponse {
  /** 返回结果 */
  result?: AlibabaEinvoiceFlowRenewServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceFlowRenewDto` of `alibaba.einvoice.flow.renew`. */
export interface AlibabaEinvoiceFlowRenewInvoiceFlowRenewDtoInput {
  /** 外部幂等ID */
  outer_id: string;
  /** 被续约工单ID */
  parent_flow_id: string;
  /** 请求来源平台code,由中台生成 */
  platform_code: string;
  /** 服务的有效天数，单位为天 */
  service_valid_days: Int64Input;
}

/** `ServiceResult` of `alibaba.einvoice.flow.renew`. */
export interface AlibabaEinvoiceFlowRenewServiceResult {
  /** 续约返回结果 */
  invoice_flow_renew_result?: AlibabaEinvoiceFlowRenewInvoiceFlowRenewResultDto;
}

/** `InvoiceFlowRenewResultDto` of `alibaba.einvoice.flow.renew`. */
export interface AlibabaEinvoiceFlowRenewInvoiceFlowRenewResultDto {
  /** 续约工单ID */
  flow_id?: string;
  /** 续约单结束时间 */
  serv_end_time?: string;
  /** 续约单开始时间 */
  serv_start_time?: string;
}

const REQUEST_SCHEMA = {
  invoice_flow_renew_dto: {
    outer_id: 'String',
    parent_flow_id: 'String',
    platform_code: 'String',
    service_valid_days: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    invoice_flow_renew_result: {
      flow_id: 'String',
      serv_end_time: 'String',
      serv_start_time: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.flow.renew`: method, response root, request and response schemas. */
export const alibabaEinvoiceFlowRenewOperation = {
  method: 'alibaba.einvoice.flow.renew',
  responseRoot: 'alibaba_einvoice_flow_renew_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单(入驻、加盘、续约)续约 — calls TOP method `alibaba.einvoice.flow.renew`.
 *
 * 工单(含入驻、加盘、续约工单)续约能力开放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceFlowRenew(
  client: TopClient,
  request: AlibabaEinvoiceFlowRenewRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceFlowRenewResponse> {
  return client.call<AlibabaEinvoiceFlowRenewResponse>(
    {
      method: 'alibaba.einvoice.flow.renew',
      responseRoot: 'alibaba_einvoice_flow_renew_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

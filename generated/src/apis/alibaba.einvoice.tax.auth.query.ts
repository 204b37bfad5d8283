// Generated from specs/einvoice/alibaba.einvoice.tax.auth.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.auth.query` (发票中台授权信息获取). */
export interface AlibabaEinvoiceTaxAuthQueryRequest {
  /** 授权信息查询请求 */
  tax_auth_token_query_dto: AlibabaEinvoiceTaxAuthQueryTaxAuthTokenQueryDtoInput;
}

/** Response of `alibaba.einvoice.tax.auth.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxAuthQueryResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaEinvoiceTaxAuthQueryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxAuthTokenQueryDto` of `alibaba.einvoice.tax.auth.query`. */
export interface AlibabaEinvoiceTaxAuthQueryTaxAuthTokenQueryDtoInput {
  /** 税控产品码 */
  product_code: string;
  /** 服务商平台授权商户的税号 */
  payee_register_no: string;
}

/** `ServiceResult` of `alibaba.einvoice.tax.auth.query`. */
export interface AlibabaEinvoiceTaxAuthQueryServiceResult {
  /** 服务商平台授权商户的访问令牌 */
  result?: string;
}

const REQUEST_SCHEMA = {
  tax_auth_token_query_dto: {
    product_code: 'String',
    payee_register_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.auth.query`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxAuthQueryOperation = {
  method: 'alibaba.einvoice.tax.auth.query',
  responseRoot: 'alibaba_einvoice_tax_auth_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票中台授权信息获取 — calls TOP method `alibaba.einvoice.tax.auth.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxAuthQuery(
  client: TopClient,
  request: AlibabaEinvoiceTaxAuthQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxAuthQueryResponse> {
  return client.call<AlibabaEinvoiceTaxAuthQueryResponse>(
    {
      method: 'alibaba.einvoice.tax.auth.query',
      responseRoot: 'alibaba_einvoice_tax_auth_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

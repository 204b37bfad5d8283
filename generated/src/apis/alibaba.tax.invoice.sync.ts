// Generated from specs/tax/alibaba.tax.invoice.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tax.invoice.sync` (第三方开票回调API). */
export interface AlibabaTaxInvoiceSyncRequest {
  /** 回调发票信息，请求参数详情见链接：https://yuque.antfin-inc.com/tax/biw99l/uestb7 */
  param_json: string;
}

/** Response of `alibaba.tax.invoice.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTaxInvoiceSyncResponse {
  /** 返回结果 */
  result?: AlibabaTaxInvoiceSyncThirdPartyInvoiceCallBackResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdPartyInvoiceCallBackResultDto` of `alibaba.tax.invoice.sync`. */
export interface AlibabaTaxInvoiceSyncThirdPartyInvoiceCallBackResultDto {
  /** 具体明细列表 */
  value_list?: AlibabaTaxInvoiceSyncResultItem[];
}

/** `ResultItem` of `alibaba.tax.invoice.sync`. */
export interface AlibabaTaxInvoiceSyncResultItem {
  /** 每一项成功失败 */
  correctness?: boolean;
  /** 每一项具体异常信息 */
  error_description?: string;
  /** 每一项的请求id */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  param_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    value_list: [
      {
        correctness: 'Boolean',
        error_description: 'String',
        request_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tax.invoice.sync`: method, response root, request and response schemas. */
export const alibabaTaxInvoiceSyncOperation = {
  method: 'alibaba.tax.invoice.sync',
  responseRoot: 'alibaba_tax_invoice_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方开票回调API — calls TOP method `alibaba.tax.invoice.sync`.
 *
 * 该接口只提供给俄罗斯供应商开具发票使用，请勿申请。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTaxInvoiceSync(
  client: TopClient,
  request: AlibabaTaxInvoiceSyncRequest,
  options?: CallOptions,
): Promise<AlibabaTaxInvoiceSyncResponse> {
  return client.call<AlibabaTaxInvoiceSyncResponse>(
    {
      method: 'alibaba.tax.invoice.sync',
      responseRoot: 'alibaba_tax_invoice_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

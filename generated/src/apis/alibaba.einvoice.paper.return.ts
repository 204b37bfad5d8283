// Generated from specs/einvoice/alibaba.einvoice.paper.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.paper.return` (纸质发票结果回传). */
export interface AlibabaEinvoicePaperReturnRequest {
  /** 防伪码 */
  anti_fake_code?: string;
  /** 发票密文，密码区的字符串 */
  ciphertext?: string;
  /** 税控设备编号(新版电子发票有) */
  device_no?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 发票日期 */
  invoice_date?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 开票结果"success"或者"fail" */
  create_result: string;
  /** 错误码 */
  biz_error_code?: string;
  /** 错误信息 */
  biz_error_msg?: string;
  /** 开票请求的唯一索引 */
  req_index: string;
}

/** Response of `alibaba.einvoice.paper.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoicePaperReturnResponse {
  /** 服务端接收开票回传数据的结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  anti_fake_code: 'String',
  ciphertext: 'String',
  device_no: 'String',
  invoice_code: 'String',
  invoice_date: 'String',
  invoice_no: 'String',
  create_result: 'String',
  biz_error_code: 'String',
  biz_error_msg: 'String',
  req_index: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.paper.return`: method, response root, request and response schemas. */
export const alibabaEinvoicePaperReturnOperation = {
  method: 'alibaba.einvoice.paper.return',
  responseRoot: 'alibaba_einvoice_paper_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 纸质发票结果回传 — calls TOP method `alibaba.einvoice.paper.return`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoicePaperReturn(
  client: TopClient,
  request: AlibabaEinvoicePaperReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoicePaperReturnResponse> {
  return client.call<AlibabaEinvoicePaperReturnResponse>(
    {
      method: 'alibaba.einvoice.paper.return',
      responseRoot: 'alibaba_einvoice_paper_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

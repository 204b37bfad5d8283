// Generated from specs/einvoice/alibaba.einvoice.paper.print.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.paper.print` (纸票打印接口). */
export interface AlibabaEinvoicePaperPrintRequest {
  /** 打印框设置，0=不弹打印设置框，1=弹出打印设置框 */
  dialog_setting_flag: Int64Input;
  /** 是否强制打印，一般发票只能打印一次，但是因为打印机发票号码与待打印发票号码不一致，导致打印错误，需要重新打印 */
  force_print: boolean;
  /** 销售方纳税人识别号 */
  payee_register_no: string;
  /** 打印标记，0=打印发票；1=打印清单。发票明细超过8行时会生成清单页，需要打印清单。 */
  print_flag: Int64Input;
  /** 开票流水号 */
  serial_no: string;
}

/** Response of `alibaba.einvoice.paper.print`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoicePaperPrintResponse {
  /** 调用结果，打印结果tmc消息alibaba_invoice_PaperOpsReturn异步通知 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  dialog_setting_flag: 'Number',
  force_print: 'Boolean',
  payee_register_no: 'String',
  print_flag: 'Number',
  serial_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.paper.print`: method, response root, request and response schemas. */
export const alibabaEinvoicePaperPrintOperation = {
  method: 'alibaba.einvoice.paper.print',
  responseRoot: 'alibaba_einvoice_paper_print_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 纸票打印接口 — calls TOP method `alibaba.einvoice.paper.print`.
 *
 * 打印一张已开具成功的纸票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoicePaperPrint(
  client: TopClient,
  request: AlibabaEinvoicePaperPrintRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoicePaperPrintResponse> {
  return client.call<AlibabaEinvoicePaperPrintResponse>(
    {
      method: 'alibaba.einvoice.paper.print',
      responseRoot: 'alibaba_einvoice_paper_print_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

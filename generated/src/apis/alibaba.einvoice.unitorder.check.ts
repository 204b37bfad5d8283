// Generated from specs/einvoice/alibaba.einvoice.unitorder.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.unitorder.check` (服务商订购单上传核对). */
export interface AlibabaEinvoiceUnitorderCheckRequest {
  /**
   * 订购单列表
   *
   * Max list size: 1000
   */
  orders: AlibabaEinvoiceUnitorderCheckSimpleUnitOrderInput[];
  /** 开始时间,来自于查询消息 */
  begin: DateInput;
  /** 结束时间,来自于查询消息 */
  end: DateInput;
}

/** Response of `alibaba.einvoice.unitorder.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceUnitorderCheckResponse {
  /** 上传结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SimpleUnitOrder` of `alibaba.einvoice.unitorder.check`. */
export interface AlibabaEinvoiceUnitorderCheckSimpleUnitOrderInput {
  /** 订购单号 */
  order_id: string;
  /** 税盘编号 */
  tax_disk_no?: string;
  /** 状态-0:待部署,1:部署,2:变更,3:释放 */
  status: Int64Input;
}

const REQUEST_SCHEMA = {
  orders: [
    {
      order_id: 'String',
      tax_disk_no: 'String',
      status: 'Number',
    },
  ],
  begin: 'Date',
  end: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.unitorder.check`: method, response root, request and response schemas. */
export const alibabaEinvoiceUnitorderCheckOperation = {
  method: 'alibaba.einvoice.unitorder.check',
  responseRoot: 'alibaba_einvoice_unitorder_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商订购单上传核对 — calls TOP method `alibaba.einvoice.unitorder.check`.
 *
 * 开票服务商回传收到的订购单用于电子发票平台核对
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceUnitorderCheck(
  client: TopClient,
  request: AlibabaEinvoiceUnitorderCheckRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceUnitorderCheckResponse> {
  return client.call<AlibabaEinvoiceUnitorderCheckResponse>(
    {
      method: 'alibaba.einvoice.unitorder.check',
      responseRoot: 'alibaba_einvoice_unitorder_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/xhotelonlineorder/taobao.xhotel.fastinvoice.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.fastinvoice.complete` (极速开票开票请求完成). */
export interface TaobaoXhotelFastinvoiceCompleteRequest {
  /** 无 */
  invoice_info_param: TaobaoXhotelFastinvoiceCompleteInvoiceInfoParamInput;
}

/** Response of `taobao.xhotel.fastinvoice.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelFastinvoiceCompleteResponse {
  /** success */
  issuccess?: boolean;
  /** errorCode */
  errcode?: string;
  /** errorMsg */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceInfoParam` of `taobao.xhotel.fastinvoice.complete`. */
export interface TaobaoXhotelFastinvoiceCompleteInvoiceInfoParamInput {
  /** 请求id 唯一值(同极速开票开票请求回传request_id值) */
  request_id: string;
  /** 实际房费(分) */
  invoice_room_price: Int64Input;
  /** 酒店开票点税号 */
  tax_num: string;
  /** 实际杂费(分) */
  invoice_other_price: Int64Input;
  /** 发票类型（1:普通发票；2：增值税专用发票） */
  invoice_type?: Int64Input;
  /** 专票信息 */
  value_added_info?: TaobaoXhotelFastinvoiceCompleteValueAddedInfoInput;
}

/** `ValueAddedInfo` of `taobao.xhotel.fastinvoice.complete`. */
export interface TaobaoXhotelFastinvoiceCompleteValueAddedInfoInput {
  /** 电话 */
  tel?: string;
  /** 注册地址 */
  register_addr?: string;
  /** 银行账号 */
  account_no?: string;
  /** 开户行 */
  opening_bank?: string;
  /** 增值税发票税号 */
  tax_no?: string;
}

const REQUEST_SCHEMA = {
  invoice_info_param: {
    request_id: 'String',
    invoice_room_price: 'Number',
    tax_num: 'String',
    invoice_other_price: 'Number',
    invoice_type: 'Number',
    value_added_info: {
      tel: 'String',
      register_addr: 'String',
      account_no: 'String',
      opening_bank: 'String',
      tax_no: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  issuccess: 'Boolean',
  errcode: 'String',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.fastinvoice.complete`: method, response root, request and response schemas. */
export const taobaoXhotelFastinvoiceCompleteOperation = {
  method: 'taobao.xhotel.fastinvoice.complete',
  responseRoot: 'xhotel_fastinvoice_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 极速开票开票请求完成 — calls TOP method `taobao.xhotel.fastinvoice.complete`.
 *
 * 极速开票开票请求回传,用于更新航信开票请求数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelFastinvoiceComplete(
  client: TopClient,
  request: TaobaoXhotelFastinvoiceCompleteRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelFastinvoiceCompleteResponse> {
  return client.call<TaobaoXhotelFastinvoiceCompleteResponse>(
    {
      method: 'taobao.xhotel.fastinvoice.complete',
      responseRoot: 'xhotel_fastinvoice_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

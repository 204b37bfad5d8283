// Generated from specs/einvoice/alibaba.einvoice.qrcode.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.qrcode.create` (扫码开票二维码生成). */
export interface AlibabaEinvoiceQrcodeCreateRequest {
  /**
   * 发票商品明细
   *
   * Max list size: 20
   */
  invoice_items: AlibabaEinvoiceQrcodeCreateBillItemDoInput[];
  /** 收款方税务登记证号 */
  payee_register_no: string;
  /** 开票的订单号，同结算单订单号 */
  order_id: string;
  /** 开票金额 */
  sum_price: string;
  /** 请求方唯一标识ID，例如POS机编码 */
  source_id: string;
  /** 请求方ERP系统平台，同结算单同步的platform，不填默认=platform */
  platform?: string;
  /** 二维码图片中间的logo */
  qr_logo?: string;
  /** 二维码图片宽度，默认=450 */
  width?: Int64Input;
  /** 二维码图片高度，默认=450 */
  height?: Int64Input;
  /** 二维码返回类型：1=二维码背后的URL，2=二维码图片CDN URL，3=二维码二进制数据流 */
  qr_type: Int64Input;
}

/** Response of `alibaba.einvoice.qrcode.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceQrcodeCreateResponse {
  /** result */
  result?: AlibabaEinvoiceQrcodeCreateResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BillItemDo` of `alibaba.einvoice.qrcode.create`. */
export interface AlibabaEinvoiceQrcodeCreateBillItemDoInput {
  /** 商品名称 */
  item_name: string;
  /** 商品数量 */
  quantity?: string;
  /** 商品价税合计 */
  amount: string;
  /** 商品规格型号 */
  specification?: string;
  /** 商品单位 */
  unit?: string;
}

/** `ResultSet` of `alibaba.einvoice.qrcode.create`. */
export interface AlibabaEinvoiceQrcodeCreateResultSet {
  /** errorMessage */
  error_message?: string;
  /** result */
  result?: string;
  /** errorCode */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  invoice_items: [
    {
      item_name: 'String',
      quantity: 'String',
      amount: 'String',
      specification: 'String',
      unit: 'String',
    },
  ],
  payee_register_no: 'String',
  order_id: 'String',
  sum_price: 'String',
  source_id: 'String',
  platform: 'String',
  qr_logo: 'String',
  width: 'Number',
  height: 'Number',
  qr_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    result: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.qrcode.create`: method, response root, request and response schemas. */
export const alibabaEinvoiceQrcodeCreateOperation = {
  method: 'alibaba.einvoice.qrcode.create',
  responseRoot: 'alibaba_einvoice_qrcode_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 扫码开票二维码生成 — calls TOP method `alibaba.einvoice.qrcode.create`.
 *
 * 扫码开票功能中的二维码生成接口，pos机等发起请求生成二维码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceQrcodeCreate(
  client: TopClient,
  request: AlibabaEinvoiceQrcodeCreateRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceQrcodeCreateResponse> {
  return client.call<AlibabaEinvoiceQrcodeCreateResponse>(
    {
      method: 'alibaba.einvoice.qrcode.create',
      responseRoot: 'alibaba_einvoice_qrcode_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

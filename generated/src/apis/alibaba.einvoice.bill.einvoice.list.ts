// Generated from specs/einvoice/alibaba.einvoice.bill.einvoice.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.bill.einvoice.list` (扫码开票列表). */
export interface AlibabaEinvoiceBillEinvoiceListRequest {
  /** 结算单同步的ERP平台系统 */
  platform?: string;
  /** 收款方税号 */
  payee_register_no: string;
  /** 订单ID */
  order_id: string;
  /**
   * 开票状态：0=未开票，1=开票中，3=开蓝成功，4=开蓝失败。不填获取全部
   *
   * Max list size: 20
   */
  einvoice_type?: string[];
}

/** Response of `alibaba.einvoice.bill.einvoice.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceBillEinvoiceListResponse {
  /** 返回结果 */
  result?: AlibabaEinvoiceBillEinvoiceListResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `alibaba.einvoice.bill.einvoice.list`. */
export interface AlibabaEinvoiceBillEinvoiceListResultSet {
  /** 错误信息 */
  error_message?: string;
  /** 返回结果具体信息 */
  result_list?: AlibabaEinvoiceBillEinvoiceListResultList[];
  /** totalCount */
  total_count?: Int64;
  /** 错误码 */
  ret_code?: string;
}

/** `ResultList` of `alibaba.einvoice.bill.einvoice.list`. */
export interface AlibabaEinvoiceBillEinvoiceListResultList {
  /** 付款方税号 */
  payee_register_no?: string;
  /** 付款方平台 */
  platform?: string;
  /** 订单id */
  order_id?: string;
  /** 开票金额 */
  sum_price?: string;
  /** 开票明细列表 */
  invoice_items?: AlibabaEinvoiceBillEinvoiceListInvoiceItems[];
  /** seriNo */
  seri_no?: string;
  /** invoiceStatus */
  invoice_status?: Int64;
}

/** `InvoiceItems` of `alibaba.einvoice.bill.einvoice.list`. */
export interface AlibabaEinvoiceBillEinvoiceListInvoiceItems {
  /** 商品名称 */
  item_name?: string;
  /** 数量 */
  quantity?: string;
  /** 价税合计 */
  amount?: string;
  /** 规格型号 */
  specification?: string;
  /** 单位 */
  unit?: string;
}

const REQUEST_SCHEMA = {
  platform: 'String',
  payee_register_no: 'String',
  order_id: 'String',
  einvoice_type: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    result_list: [
      {
        payee_register_no: 'String',
        platform: 'String',
        order_id: 'String',
        sum_price: 'String',
        invoice_items: [
          {
            item_name: 'String',
            quantity: 'String',
            amount: 'String',
            specification: 'String',
            unit: 'String',
          },
        ],
        seri_no: 'String',
        invoice_status: 'Number',
      },
    ],
    total_count: 'Number',
    ret_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.bill.einvoice.list`: method, response root, request and response schemas. */
export const alibabaEinvoiceBillEinvoiceListOperation = {
  method: 'alibaba.einvoice.bill.einvoice.list',
  responseRoot: 'alibaba_einvoice_bill_einvoice_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 扫码开票列表 — calls TOP method `alibaba.einvoice.bill.einvoice.list`.
 *
 * 扫码开票列表，包括用户扫二维码开票和结算单同步前的开票数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceBillEinvoiceList(
  client: TopClient,
  request: AlibabaEinvoiceBillEinvoiceListRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceBillEinvoiceListResponse> {
  return client.call<AlibabaEinvoiceBillEinvoiceListResponse>(
    {
      method: 'alibaba.einvoice.bill.einvoice.list',
      responseRoot: 'alibaba_einvoice_bill_einvoice_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

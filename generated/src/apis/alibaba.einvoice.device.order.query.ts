// Generated from specs/einvoice/alibaba.einvoice.device.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.device.order.query` (查询税控设备加盘订购单详情). */
export interface AlibabaEinvoiceDeviceOrderQueryRequest {
  /** 税控设备订购单ID */
  flow_id: string;
}

/** Response of `alibaba.einvoice.device.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceDeviceOrderQueryResponse {
  /** 系统返回的通用结果类 */
  result?: AlibabaEinvoiceDeviceOrderQueryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.einvoice.device.order.query`. */
export interface AlibabaEinvoiceDeviceOrderQueryServiceResult {
  /** 订购单信息 */
  result?: AlibabaEinvoiceDeviceOrderQueryInvoiceFwOrderDto;
}

/** `InvoiceFwOrderDto` of `alibaba.einvoice.device.order.query`. */
export interface AlibabaEinvoiceDeviceOrderQueryInvoiceFwOrderDto {
  /** 联系人对象 */
  invoice_contact?: AlibabaEinvoiceDeviceOrderQueryInvoiceContactDto;
  /** 订购时间，格式yyyy-MM-dd HH:mm:ss */
  buy_date?: string;
  /** 实付总金额，单位元，最多2位小数 */
  fact_total_fee?: string;
  /** 商品规格ID */
  item_id?: string;
  /** 订购商品ID */
  article_id?: string;
  /** 服务市场订单号 */
  order_id?: string;
  /** 产品Code,中台定义的税控产品Code */
  product_code?: string;
  /** 纳税人识别号 */
  payee_register_no?: string;
  /** 税控设备订购单ID */
  flow_id?: string;
  /** 入驻类型，可选值： 新订购：new，已有税控初始化：online */
  register_type?: string;
  /** 服务结束时间，格式yyyy-MM-dd HH:mm:ss */
  serv_end_time?: string;
  /** 服务起始时间，格式yyyy-MM-dd HH:mm:ss */
  serv_start_time?: string;
  /** 商品名称 */
  article_name?: string;
}

/** `InvoiceContactDto` of `alibaba.einvoice.device.order.query`. */
export interface AlibabaEinvoiceDeviceOrderQueryInvoiceContactDto {
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人电话 */
  contact_mobile?: string;
  /** 联系人地址 */
  contact_addr?: string;
}

const REQUEST_SCHEMA = {
  flow_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      invoice_contact: {
        contact_name: 'String',
        contact_mobile: 'String',
        contact_addr: 'String',
      },
      buy_date: 'Date',
      fact_total_fee: 'String',
      item_id: 'String',
      article_id: 'String',
      order_id: 'String',
      product_code: 'String',
      payee_register_no: 'String',
      flow_id: 'String',
      register_type: 'String',
      serv_end_time: 'Date',
      serv_start_time: 'Date',
      article_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.device.order.query`: method, response root, request and response schemas. */
export const alibabaEinvoiceDeviceOrderQueryOperation = {
  method: 'alibaba.einvoice.device.order.query',
  responseRoot: 'alibaba_einvoice_device_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询税控设备加盘订购单详情 — calls TOP method `alibaba.einvoice.device.order.query`.
 *
 * 查询税控设备订购单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceDeviceOrderQuery(
  client: TopClient,
  request: AlibabaEinvoiceDeviceOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceDeviceOrderQueryResponse> {
  return client.call<AlibabaEinvoiceDeviceOrderQueryResponse>(
    {
      method: 'alibaba.einvoice.device.order.query',
      responseRoot: 'alibaba_einvoice_device_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

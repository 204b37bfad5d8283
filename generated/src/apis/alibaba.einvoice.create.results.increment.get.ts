// Generated from specs/einvoice/alibaba.einvoice.create.results.increment.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.create.results.increment.get` (ERP增量开票结果获取). */
export interface AlibabaEinvoiceCreateResultsIncrementGetRequest {
  /** 终止查询时间 */
  end_modified: DateInput;
  /** 收款方税务登记证号 */
  payee_register_no: string;
  /** 起始查询时间 */
  start_modified: DateInput;
  /** 开票状态 (waiting = 开票中) 、(create_success = 开票成功)、(create_failed = 开票失败) */
  status?: string;
  /** 页面大小(不能超过200) */
  page_size?: Int64Input;
  /** 显示的页码 */
  page_no?: Int64Input;
}

/** Response of `alibaba.einvoice.create.results.increment.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceCreateResultsIncrementGetResponse {
  /** 开票结果返回列表 */
  invoice_result_list?: AlibabaEinvoiceCreateResultsIncrementGetInvoiceResult[];
  /** 符合条件的开票总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceResult` of `alibaba.einvoice.create.results.increment.get`. */
export interface AlibabaEinvoiceCreateResultsIncrementGetInvoiceResult {
  /** 防伪码 */
  anti_fake_code?: string;
  /** 发票密文，密码区的字符串 */
  ciphertext?: string;
  /** 税控设备编号(新版电子发票有) */
  device_no?: string;
  /** erp自定义单据号 */
  erp_tid?: string;
  /** 文件类型(pdf,jpg,png) */
  file_data_type?: string;
  /** 发票PDF的下载地址(仅在单个查询接口上显示，批量查询不显示) */
  file_path?: string;
  /** 开票金额 */
  invoice_amount?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 开票日期 */
  invoice_date?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 收款方税务登记证号 */
  payee_register_no?: string;
  /** 电商平台代码。淘宝：taobao，天猫：tmall */
  platform_code?: string;
  /** 电商平台订单号 */
  platform_tid?: string;
  /** 二维码 */
  qr_code?: string;
  /** 开票流水号，唯一标志开票请求。如果两次请求流水号相同，则表示重复请求。 */
  serial_no?: string;
  /** 开票状态 (waiting = 开票中) 、(create_success = 开票成功)、(create_failed = 开票失败) */
  status?: string;
  /** 错误编码 */
  biz_error_code?: string;
  /** 错误信息 */
  biz_error_msg?: string;
}

const REQUEST_SCHEMA = {
  end_modified: 'Date',
  payee_register_no: 'String',
  start_modified: 'Date',
  status: 'String',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  invoice_result_list: [
    {
      anti_fake_code: 'String',
      ciphertext: 'String',
      device_no: 'String',
      erp_tid: 'String',
      file_data_type: 'String',
      file_path: 'String',
      invoice_amount: 'String',
      invoice_code: 'String',
      invoice_date: 'String',
      invoice_no: 'String',
      payee_register_no: 'String',
      platform_code: 'String',
      platform_tid: 'String',
      qr_code: 'String',
      serial_no: 'String',
      status: 'String',
      biz_error_code: 'String',
      biz_error_msg: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.create.results.increment.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceCreateResultsIncrementGetOperation = {
  method: 'alibaba.einvoice.create.results.increment.get',
  responseRoot: 'alibaba_einvoice_create_results_increment_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ERP增量开票结果获取 — calls TOP method `alibaba.einvoice.create.results.increment.get`.
 *
 * 增量开票结果获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceCreateResultsIncrementGet(
  client: TopClient,
  request: AlibabaEinvoiceCreateResultsIncrementGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceCreateResultsIncrementGetResponse> {
  return client.call<AlibabaEinvoiceCreateResultsIncrementGetResponse>(
    {
      method: 'alibaba.einvoice.create.results.increment.get',
      responseRoot: 'alibaba_einvoice_create_results_increment_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

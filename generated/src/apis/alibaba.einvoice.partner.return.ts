// Generated from specs/einvoice/alibaba.einvoice.partner.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.partner.return` (开票商回传开票结果). */
export interface AlibabaEinvoicePartnerReturnRequest {
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
  /** 开票金额 */
  invoice_amount?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 发票日期 */
  invoice_date?: string;
  /** 发票文件PDF内容，PDF的byte[]字段串。 */
  invoice_file_data?: TopFile;
  /** 发票号码 */
  invoice_no?: string;
  /** 收款方税务登记证号 */
  payee_register_no: string;
  /** 电商平台身份标识码，TB=淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、OTHER=其他, (只传英文编码) */
  platform_code?: string;
  /** 电商平台对应的订单号 */
  platform_tid?: string;
  /** 二维码 */
  qr_code?: string;
  /** 流水号 */
  serial_no: string;
  /** 开票结果"success"或者"fail" */
  create_result: string;
  /** 错误码 */
  biz_error_code?: string;
  /** 错误信息 */
  biz_error_msg?: string;
  /** 开票请求的唯一索引 */
  req_index: string;
  /** 开票时间，格式为HH:mm:ss */
  invoice_time?: string;
}

/** Response of `alibaba.einvoice.partner.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoicePartnerReturnResponse {
  /** 服务端接收开票回传数据的结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  anti_fake_code: 'String',
  ciphertext: 'String',
  device_no: 'String',
  erp_tid: 'String',
  file_data_type: 'String',
  invoice_amount: 'String',
  invoice_code: 'String',
  invoice_date: 'String',
  invoice_file_data: 'byte[]',
  invoice_no: 'String',
  payee_register_no: 'String',
  platform_code: 'String',
  platform_tid: 'String',
  qr_code: 'String',
  serial_no: 'String',
  create_result: 'String',
  biz_error_code: 'String',
  biz_error_msg: 'String',
  req_index: 'String',
  invoice_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.partner.return`: method, response root, request and response schemas. */
export const alibabaEinvoicePartnerReturnOperation = {
  method: 'alibaba.einvoice.partner.return',
  responseRoot: 'alibaba_einvoice_partner_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开票商回传开票结果 — calls TOP method `alibaba.einvoice.partner.return`.
 *
 * 开票商返回开票结果数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoicePartnerReturn(
  client: TopClient,
  request: AlibabaEinvoicePartnerReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoicePartnerReturnResponse> {
  return client.call<AlibabaEinvoicePartnerReturnResponse>(
    {
      method: 'alibaba.einvoice.partner.return',
      responseRoot: 'alibaba_einvoice_partner_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

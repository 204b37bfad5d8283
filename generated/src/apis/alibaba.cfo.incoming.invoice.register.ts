// Generated from specs/fpm/alibaba.cfo.incoming.invoice.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cfo.incoming.invoice.register` (发票登记接口). */
export interface AlibabaCfoIncomingInvoiceRegisterRequest {
  /** 发票登记请求体 */
  invoice_register_request?: AlibabaCfoIncomingInvoiceRegisterInvoiceRegisterRequestInput;
}

/** Response of `alibaba.cfo.incoming.invoice.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCfoIncomingInvoiceRegisterResponse {
  /** 发票Id */
  data?: Int64;
  /** 是否成功 */
  succeeded?: boolean;
  /** 响应码 */
  response_code?: string;
  /** 响应消息 */
  response_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceRegisterRequest` of `alibaba.cfo.incoming.invoice.register`. */
export interface AlibabaCfoIncomingInvoiceRegisterInvoiceRegisterRequestInput {
  /** 操作人 */
  operate_by?: string;
  /** 发票信息 */
  invoice_d_t_o?: AlibabaCfoIncomingInvoiceRegisterRegisterInvoiceDTOInput;
  /** 业务请求号【必填】 */
  request_no?: string;
  /** 业务平台代码【必填】 */
  platform_code?: string;
}

/** `RegisterInvoiceDTO` of `alibaba.cfo.incoming.invoice.register`. */
export interface AlibabaCfoIncomingInvoiceRegisterRegisterInvoiceDTOInput {
  /** 发票备注 */
  invoice_remark?: string;
  /** 销方国家代码 */
  seller_country_code?: string;
  /** 购方银行信息 */
  purchaser_bank_info?: string;
  /** 销方银行信息 */
  seller_bank_info?: string;
  /** 购方地区编码 */
  purchaser_region_code?: string;
  /** 购方公司代码 */
  purchaser_code?: string;
  /** 发票密文（字符200位） */
  cipher_text?: string;
  /** 二维码密文 */
  qr_code_cipher_text?: string;
  /** 发票类型 */
  invoice_type?: string;
  /** 纸票是否到票才认证 */
  paper_own_certify_flag?: boolean;
  /** 发票号码 */
  invoice_no?: string;
  /** 文件下载http地址（优先级高于fileContent） */
  file_download_http_url?: string;
  /** 机器编码 */
  machine_code?: string;
  /** 影像id */
  image_id?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 购方名称 */
  purchaser_name?: string;
  /** 扫描账号 */
  scan_account?: string;
  /** 税率 */
  tax_rate?: string;
  /** 电子发票类型 */
  electronic_type?: string;
  /** 销方税号 */
  seller_tax_no?: string;
  /** 开票国家类型 */
  issue_country_type?: string;
  /** 登记成功时间 */
  reg_time?: DateInput;
  /** 关联单据号 */
  related_order?: string;
  /** 购方税号 */
  purchaser_tax_no?: string;
  /** 影像原始文件名称 */
  image_file_name?: string;
  /** 登记渠道 */
  register_channel?: string;
  /** 校验码 */
  check_sum?: string;
  /** 税额 */
  tax_amount?: string;
  /** 代开销方名称 */
  issued_seller_name?: string;
  /** 不含税金额 */
  excluding_tax_amount?: string;
  /** 所属平台 */
  reg_platform_code?: string;
  /** 二维码标识 */
  qr_code_flag?: string;
  /** 登记的OU */
  reg_biz_identity_ou?: string;
  /** 销方名称 */
  seller_name?: string;
  /** 登记人 */
  reg_user?: string;
  /** 销方code */
  seller_code?: string;
  /** 购方国家代码 */
  purchaser_country_code?: string;
  /** 币种 */
  currency?: string;
  /** 代开单位税号 */
  issued_tax_no?: string;
  /** 有效税额 */
  effective_tax_amount?: string;
  /** 购方地址及电话 */
  purchaser_contact_info?: string;
  /** 发票总金额 */
  amount?: string;
  /** 销方地区编码 */
  seller_region_code?: string;
  /** 发票行列表 */
  line_list?: AlibabaCfoIncomingInvoiceRegisterRegisterInvoiceLineDTOInput[];
  /** 开票日期 */
  invoice_date?: DateInput;
  /** 发票介质类型 */
  invoice_material?: string;
  /** 销方地址及电话 */
  seller_contact_info?: string;
  /** 是否海外某些国家的发票使用 */
  authorized_dealer?: string;
  /** 登记时，最终所选的bizId */
  reg_biz_identity_id?: Int64Input;
  /** 登记时，所属的业务身份 */
  reg_biz_identity_code?: string;
  /** 运单号 */
  waybill_no?: string;
  /** 票种类型code */
  invoice_type_code?: string;
}

/** `RegisterInvoiceLineDTO` of `alibaba.cfo.incoming.invoice.register`. */
export interface AlibabaCfoIncomingInvoiceRegisterRegisterInvoiceLineDTOInput {
  /** 行号 */
  row_no?: Int64Input;
  /** 发票行类型 */
  invoice_line_type?: string;
  /** 单位 */
  quantity_unit?: string;
  /** 货物来源国 */
  goods_source_country?: string;
  /** 税种2 */
  tax_category2?: string;
  /** 免税注释 */
  duty_free_memo?: string;
  /** 汇率 */
  exchange_rate?: string;
  /** 本币税额2 */
  local_currency_tax_amount2?: string;
  /** 本币税额1 */
  local_currency_tax_amount1?: string;
  /** 规格型号 */
  model?: string;
  /** 币种 */
  currency?: string;
  /** 税种 */
  tax_categories?: string;
  /** 税率2 */
  tax_rate2?: string;
  /** 货物名称 */
  goods_desc?: string;
  /** 供货地点 */
  place_of_supply?: string;
  /** 单价 */
  unit_price?: string;
  /** 含税金额 */
  amount?: string;
  /** 本币税额 */
  local_currency_tax_amount?: string;
  /** 数量 */
  quantity?: string;
  /** 本币不含税金额 */
  local_currency_excluding_tax_amount?: string;
  /** 本币含税总金额 */
  local_currency_amount?: string;
  /** 税额1 */
  tax_amount1?: string;
  /** 税额2 */
  tax_amount2?: string;
  /** 本币币种 */
  local_currency_code?: string;
  /** 服务日期/供货日期 */
  supply_date?: DateInput;
  /** 服务核算代码 */
  service_accounting_code?: string;
  /** 税率 */
  tax_rate?: string;
  /** 是否海外发票 */
  reverse_charge?: string;
  /** 本币单价 */
  local_currency_price?: string;
  /** 零税率类型 */
  zero_rate_flag?: string;
  /** 税额 */
  tax_amount?: string;
  /** 不含税金额 */
  excluding_tax_amount?: string;
}

const REQUEST_SCHEMA = {
  invoice_register_request: {
    operate_by: 'String',
    invoice_d_t_o: {
      invoice_remark: 'String',
      seller_country_code: 'String',
      purchaser_bank_info: 'String',
      seller_bank_info: 'String',
      purchaser_region_code: 'String',
      purchaser_code: 'String',
      cipher_text: 'String',
      qr_code_cipher_text: 'String',
      invoice_type: 'String',
      paper_own_certify_flag: 'Boolean',
      invoice_no: 'String',
      file_download_http_url: 'String',
      machine_code: 'String',
      image_id: 'String',
      invoice_code: 'String',
      purchaser_name: 'String',
      scan_account: 'String',
      tax_rate: 'String',
      electronic_type: 'String',
      seller_tax_no: 'String',
      issue_country_type: 'String',
      reg_time: 'Date',
      related_order: 'String',
      purchaser_tax_no: 'String',
      image_file_name: 'String',
      register_channel: 'String',
      check_sum: 'String',
      tax_amount: 'String',
      issued_seller_name: 'String',
      excluding_tax_amount: 'String',
      reg_platform_code: 'String',
      qr_code_flag: 'String',
      reg_biz_identity_ou: 'String',
      seller_name: 'String',
      reg_user: 'String',
      seller_code: 'String',
      purchaser_country_code: 'String',
      currency: 'String',
      issued_tax_no: 'String',
      effective_tax_amount: 'String',
      purchaser_contact_info: 'String',
      amount: 'String',
      seller_region_code: 'String',
      line_list: [
        {
          row_no: 'Number',
          invoice_line_type: 'String',
          quantity_unit: 'String',
          goods_source_country: 'String',
          tax_category2: 'String',
          duty_free_memo: 'String',
          exchange_rate: 'String',
          local_currency_tax_amount2: 'String',
          local_currency_tax_amount1: 'String',
          model: 'String',
          currency: 'String',
          tax_categories: 'String',
          tax_rate2: 'String',
          goods_desc: 'String',
          place_of_supply: 'String',
          unit_price: 'String',
          amount: 'String',
          local_currency_tax_amount: 'String',
          quantity: 'String',
          local_currency_excluding_tax_amount: 'String',
          local_currency_amount: 'String',
          tax_amount1: 'String',
          tax_amount2: 'String',
          local_currency_code: 'String',
          supply_date: 'Date',
          service_accounting_code: 'String',
          tax_rate: 'String',
          reverse_charge: 'String',
          local_currency_price: 'String',
          zero_rate_flag: 'String',
          tax_amount: 'String',
          excluding_tax_amount: 'String',
        },
      ],
      invoice_date: 'Date',
      invoice_material: 'String',
      seller_contact_info: 'String',
      authorized_dealer: 'String',
      reg_biz_identity_id: 'Number',
      reg_biz_identity_code: 'String',
      waybill_no: 'String',
      invoice_type_code: 'String',
    },
    request_no: 'String',
    platform_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Number',
  succeeded: 'Boolean',
  response_code: 'String',
  response_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cfo.incoming.invoice.register`: method, response root, request and response schemas. */
export const alibabaCfoIncomingInvoiceRegisterOperation = {
  method: 'alibaba.cfo.incoming.invoice.register',
  responseRoot: 'alibaba_cfo_incoming_invoice_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票登记接口 — calls TOP method `alibaba.cfo.incoming.invoice.register`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCfoIncomingInvoiceRegister(
  client: TopClient,
  request: AlibabaCfoIncomingInvoiceRegisterRequest = {},
  options?: CallOptions,
): Promise<AlibabaCfoIncomingInvoiceRegisterResponse> {
  return client.call<AlibabaCfoIncomingInvoiceRegisterResponse>(
    {
      method: 'alibaba.cfo.incoming.invoice.register',
      responseRoot: 'alibaba_cfo_incoming_invoice_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/einvoice/alibaba.einvoice.flow.tax.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.flow.tax.get` (查询税控开通工单详情). */
export interface AlibabaEinvoiceFlowTaxGetRequest {
  /**
   * 入驻开通工单ID
   *
   * Max length: 128
   */
  flow_id: string;
}

/** Response of `alibaba.einvoice.flow.tax.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceFlowTaxGetResponse {
  /** 系统返回的通用结果类 */
  result?: AlibabaEinvoiceFlowTaxGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.einvoice.flow.tax.get`. */
export interface AlibabaEinvoiceFlowTaxGetServiceResult {
  /** 工单详情 */
  tax_flow_query_result?: AlibabaEinvoiceFlowTaxGetTaxFlowQueryResult;
}

/** `TaxFlowQueryResult` of `alibaba.einvoice.flow.tax.get`. */
export interface AlibabaEinvoiceFlowTaxGetTaxFlowQueryResult {
  /** 入驻开通工单ID */
  flow_id?: string;
  /** 入驻开通工单状态： process: 入驻中； success: 入驻成功； closed: 入驻失败（发生退订或驳回工单） */
  flow_status?: string;
  /** 开票商户信息 */
  invoice_merchant?: AlibabaEinvoiceFlowTaxGetInvoiceMerchantDto;
  /** 订购单信息 */
  invoice_order?: AlibabaEinvoiceFlowTaxGetInvoiceOrderSimpleDto;
}

/** `InvoiceMerchantDto` of `alibaba.einvoice.flow.tax.get`. */
export interface AlibabaEinvoiceFlowTaxGetInvoiceMerchantDto {
  /** 企业所在区 */
  area?: string;
  /** 开户行账号 */
  bank_account_id?: string;
  /** 开户行名称，开户行账号加名称不超出100字符 */
  bank_name?: string;
  /** 企业所在城市 */
  city?: string;
  /** 企业名称 */
  company_name?: string;
  /** 系统自动生成 */
  company_platform_code?: string;
  /** 企业类型，可选值： 一般纳税人：1; 小规模纳税人：2; 起征点以下纳税人：3; */
  company_type?: Int64;
  /** 默认商品名称 */
  default_item_name?: string;
  /** 默认税收分类编码 */
  default_tax_code?: string;
  /** 税率，格式为小数 */
  default_tax_rate?: string;
  /** 企业地址，当flow_status=success时必选； */
  detailed_address?: string;
  /** 企业电话，当flow_status=success时必选； */
  invoice_phone?: string;
  /** 复核人 */
  payee_checker?: string;
  /** 默认开票人 当flow_status=success时必选； */
  payee_operator?: string;
  /** 收款人 */
  payee_receiver?: string;
  /** 销方纳税人识别号 */
  payee_register_no?: string;
  /** 企业所在省/直辖市 */
  province?: string;
  /** 由阿里发票平台生成的tax_token, 后续通过平店铺授权时需要使用该token, 作为商户的身份认证。 */
  tax_token?: string;
  /** 0税率标识，只有税率为0的情况才有值，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_tax_rate_flag?: string;
}

/** `InvoiceOrderSimpleDto` of `alibaba.einvoice.flow.tax.get`. */
export interface AlibabaEinvoiceFlowTaxGetInvoiceOrderSimpleDto {
  /** 所绑定的税控设备ID; 入驻成功 & 单机版税控产品时，包含该字段。 */
  device_id?: string;
  /** 订购单ID */
  order_id?: string;
  /** 税控产品，产品码由中台定义。 */
  product_code?: string;
  /** 服务结束时间，格式yyyy-MM-dd HH:mm:ss 当flow_status=success时必选； */
  serv_end_time?: string;
  /** 服务起始时间，格式yyyy-MM-dd HH:mm:ss 当flow_status=success时必选； */
  serv_start_time?: string;
}

const REQUEST_SCHEMA = {
  flow_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    tax_flow_query_result: {
      flow_id: 'String',
      flow_status: 'String',
      invoice_merchant: {
        area: 'String',
        bank_account_id: 'String',
        bank_name: 'String',
        city: 'String',
        company_name: 'String',
        company_platform_code: 'String',
        company_type: 'Number',
        default_item_name: 'String',
        default_tax_code: 'String',
        default_tax_rate: 'String',
        detailed_address: 'String',
        invoice_phone: 'String',
        payee_checker: 'String',
        payee_operator: 'String',
        payee_receiver: 'String',
        payee_register_no: 'String',
        province: 'String',
        tax_token: 'String',
        zero_tax_rate_flag: 'String',
      },
      invoice_order: {
        device_id: 'String',
        order_id: 'String',
        product_code: 'String',
        serv_end_time: 'Date',
        serv_start_time: 'Date',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.flow.tax.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceFlowTaxGetOperation = {
  method: 'alibaba.einvoice.flow.tax.get',
  responseRoot: 'alibaba_einvoice_flow_tax_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询税控开通工单详情 — calls TOP method `alibaba.einvoice.flow.tax.get`.
 *
 * 查询税控开通工单详情，接口返回工单状态、开票商户信息以及税控设备信息。
 * 场景使用：1、业务前台收到入驻成功消息后，调用此接口查询最终的商户信息和设备信息；2、主动补偿查询：当工单长时间未收到事件通知，可能存在丢消息的情况，此时可主动查询该工单，更新本地工单状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceFlowTaxGet(
  client: TopClient,
  request: AlibabaEinvoiceFlowTaxGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceFlowTaxGetResponse> {
  return client.call<AlibabaEinvoiceFlowTaxGetResponse>(
    {
      method: 'alibaba.einvoice.flow.tax.get',
      responseRoot: 'alibaba_einvoice_flow_tax_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/einvoice/alibaba.einvoice.income.verify.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.income.verify.return` (服务商回传发票查验的结果). */
export interface AlibabaEinvoiceIncomeVerifyReturnRequest {
  /** 校验码，success=true时必填 */
  checksum?: string;
  /** 错误码，success=false时必填 */
  error_code?: string;
  /** 错误信息，success=false时必填 */
  error_message?: string;
  /** 发票影像编号，type=1时必填 */
  image_id?: string;
  /** 价税合计金额，success=true时必填，invoiceAmount=sumPrice+sumTax */
  invoice_amount?: string;
  /** 发票代码，success=true时必填 */
  invoice_code?: string;
  /** 开票日期，格式为yyyy-MM-dd，success=true时必填 */
  invoice_date?: string;
  /**
   * 发票明细
   *
   * Max list size: 10000
   */
  invoice_items?: AlibabaEinvoiceIncomeVerifyReturnInvoiceItemInput[];
  /** 发票备注 */
  invoice_memo?: string;
  /** 发票号码，success=true时必填 */
  invoice_no?: string;
  /** 机器编号 */
  machine_no?: string;
  /** 销售方地址电话 */
  payee_address_phone?: string;
  /** 销售方银行及账号 */
  payee_bank_account?: string;
  /** 复核人 */
  payee_checker?: string;
  /** 销售方名称，success=true时必填 */
  payee_name?: string;
  /** 开票人 */
  payee_operator?: string;
  /** 收款人 */
  payee_receiver?: string;
  /** 销售方纳税人识别号，success=true时必填 */
  payee_register_no?: string;
  /** 购买方地址电话 */
  payer_address_phone?: string;
  /** 购买方银行及账号 */
  payer_bank_account?: string;
  /** 购买方名称，即发票抬头，success=true时必填 */
  payer_name?: string;
  /** 购买方纳税人识别号 */
  payer_register_no?: string;
  /** 开票请求标识，扫描驱动回传type=1时填批次号 */
  req_index: string;
  /** 查验结果，true=成功，false=失败 */
  success: boolean;
  /** 发票不含税金额，success=true时必填 */
  sum_price?: string;
  /** 发票税额，success=true时必填 */
  sum_tax?: string;
  /** 请求类型，0=阿里主动发起的查验，1=扫描驱动服务商主动回传查验结果 */
  type: Int64Input;
  /** 发票状态，0=无效（作废），1=有效 */
  invoice_status?: Int64Input;
}

/** Response of `alibaba.einvoice.income.verify.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceIncomeVerifyReturnResponse {
  /** 接口调用结果，true=成功，false=失败，subCode以isp开头时需要服务商重试 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceItem` of `alibaba.einvoice.income.verify.return`. */
export interface AlibabaEinvoiceIncomeVerifyReturnInvoiceItemInput {
  /** 商品价税合计金额，amount=sumPrice+tax */
  amount?: string;
  /** 货物劳务名称 */
  item_name?: string;
  /** 税收分类编码 */
  item_no?: string;
  /** 商品单价 */
  price?: string;
  /** 商品数量 */
  quantity?: string;
  /** 商品规格型号 */
  specification?: string;
  /** 商品不含税金额 */
  sum_price?: string;
  /** 商品税额 */
  tax?: string;
  /** 商品税率 */
  tax_rate?: string;
  /** 商品单位 */
  unit?: string;
  /** 0税率标识，0=出口零税率，1=免税，2=不征收，3=普通零税率，success=true并且taxRate=0时必填 */
  zero_rate_flag?: string;
}

const REQUEST_SCHEMA = {
  checksum: 'String',
  error_code: 'String',
  error_message: 'String',
  image_id: 'String',
  invoice_amount: 'String',
  invoice_code: 'String',
  invoice_date: 'String',
  invoice_items: [
    {
      amount: 'String',
      item_name: 'String',
      item_no: 'String',
      price: 'String',
      quantity: 'String',
      specification: 'String',
      sum_price: 'String',
      tax: 'String',
      tax_rate: 'String',
      unit: 'String',
      zero_rate_flag: 'String',
    },
  ],
  invoice_memo: 'String',
  invoice_no: 'String',
  machine_no: 'String',
  payee_address_phone: 'String',
  payee_bank_account: 'String',
  payee_checker: 'String',
  payee_name: 'String',
  payee_operator: 'String',
  payee_receiver: 'String',
  payee_register_no: 'String',
  payer_address_phone: 'String',
  payer_bank_account: 'String',
  payer_name: 'String',
  payer_register_no: 'String',
  req_index: 'String',
  success: 'Boolean',
  sum_price: 'String',
  sum_tax: 'String',
  type: 'Number',
  invoice_status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.income.verify.return`: method, response root, request and response schemas. */
export const alibabaEinvoiceIncomeVerifyReturnOperation = {
  method: 'alibaba.einvoice.income.verify.return',
  responseRoot: 'alibaba_einvoice_income_verify_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商回传发票查验的结果 — calls TOP method `alibaba.einvoice.income.verify.return`.
 *
 * 服务商回传发票查验的结果，分两种场景：扫描驱动服务商主动回传；阿里主动发起的查验回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceIncomeVerifyReturn(
  client: TopClient,
  request: AlibabaEinvoiceIncomeVerifyReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceIncomeVerifyReturnResponse> {
  return client.call<AlibabaEinvoiceIncomeVerifyReturnResponse>(
    {
      method: 'alibaba.einvoice.income.verify.return',
      responseRoot: 'alibaba_einvoice_income_verify_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/einvoice/alibaba.einvoice.core.inv.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.core.inv.upload` (发票中台-发票结果回传). */
export interface AlibabaEinvoiceCoreInvUploadRequest {
  /** 合计税额，格式为2位小数。 当开红票时，该字段为负数 */
  sum_tax?: string;
  /** 销方联系电话。 */
  payee_phone?: string;
  /** 业务平台发票申请对应的订单号。 用于source=upload时区分业务平台订单号。 source=apply时可空 */
  platform_tid?: string;
  /** 合计金额（不含税），格式为2位小数。 当开红票时，该字段为负数 */
  sum_price?: string;
  /** 合计含税金额（开票金额），格式为2位小数。 当开红票时，该字段为负数。 */
  invoice_amount?: string;
  /** 发票来源，可选值： apply: 间连模式，服务商基于申请开具的发票；async：直连开票模式，ISV回传开票结果；upload：直接回传，进行归集与交付的发票； */
  source: string;
  /** 发票板式文件类型。可选值： PDF, OFD。 电票时必传。 */
  invoice_file_type?: string;
  /** 收款人 */
  payee_receiver?: string;
  /** 红字通知单号 */
  red_notice_no?: string;
  /** 销方税务登记证号。由大写字母或数字组成，长度要求15~20位。 */
  payee_register_no?: string;
  /** 发票申请ID, 由阿里发票平台生成。 source=apply时 必填。 */
  apply_id?: string;
  /** 销方名称 */
  payee_name?: string;
  /** 二维码 */
  qr_code?: string;
  /** 征税方式，0普通征收，1减按征收，2差额征收 */
  levy_type?: string;
  /** 发票(开票)类型，可选值： blue: 蓝票 red: 红票 */
  invoice_type?: string;
  /** 购方抬头 */
  payer_name?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 发票备注，会显示在票面 */
  invoice_memo?: string;
  /** 购方电子邮箱，需满足邮箱格式。 格式要求：\\w+([-+.]\\w+)*\@\\w+([-.]\\w+)*\\.\\w+([-.]\\w+)* */
  payer_email?: string;
  /** 购方手机号码，用于收票 */
  receive_mobile?: string;
  /** 发票防伪码/密码 */
  anti_fake_code?: string;
  /** 购方银行账号， 专票必填。 */
  payer_bank_account_id?: string;
  /** 购方开户行名称， 专票必填。 */
  payer_bank_name?: string;
  /** 销方银行账号 */
  payee_bank_account_id?: string;
  /** 复核人 */
  payee_checker?: string;
  /** 购方联系电话， 专票必填。 */
  payer_phone?: string;
  /** 原发票代码(开红票时必须) */
  normal_invoice_code?: string;
  /** 开票分机号/机器编号 */
  device_no?: string;
  /** 开票日期，格式 yyyy-MM-dd */
  invoice_date?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 校验码 */
  check_code?: string;
  /** 销方地址。 */
  payee_address?: string;
  /** 原发票号码(开红票时必须) */
  normal_invoice_no?: string;
  /** 购方地址， 专票必填。 */
  payer_address?: string;
  /** 销方开户行名称。 */
  payee_bank_name?: string;
  /**
   * 发票明细。source=apply时必填，其他source可为空
   *
   * Max list size: 100
   */
  invoice_items?: AlibabaEinvoiceCoreInvUploadInvoiceResultItemDtoInput[];
  /** 开票人 */
  payee_operator?: string;
  /** 购方税务登记证号，由大写字母或数字组成，长度要求15~20位。 开企业抬头时必填， 专票必填。 */
  payer_register_no?: string;
  /** 开票发票类型 可选值： 0: 电票 1：纸质普票 2：纸质专票 */
  invoice_kind?: Int64Input;
  /** 抬头类型。可选值： 0：个人 1：企业 */
  business_type?: Int64Input;
  /** 特殊票种标识，可选值： 02: 农产品收购票 */
  special_flag?: string;
  /** 业务平台Code, 由发票中台分配。 用于source=upload时标识需交付发票的业务平台。 source=apply时可空 */
  platform_code?: string;
  /** 发票板式文件数据，字节数据。 电票时和invoice_file_content必传其一。 */
  invoice_file_data?: TopFile;
  /**
   * 业务平台uid
   *
   * Max length: 32
   */
  platform_user_id?: string;
  /** 开票失败错误信息， 开票失败(create_result=fail)时必填。 */
  biz_error_msg?: string;
  /** 开票失败错误码， 开票失败(create_result=fail)时必填。 */
  biz_error_code?: string;
  /** 开票结果，枚举值： success: 发票开具成功； fail: 开票失败； source=async时必填，传实际的开票结果。其他source可不传，默认为success */
  create_result?: string;
  /** 开票流水号/序列号，唯一标志一笔开票请求，由于阿里发票中台生成。 source=async时必填，其他source可为空 */
  serial_no?: string;
  /** 发票板式文件数据，Base64编码字符串。电票时和invoice_file_data必传其一 */
  invoice_file_content?: string;
  /** 扣除额 */
  deduct_amount?: string;
}

/** Response of `alibaba.einvoice.core.inv.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceCoreInvUploadResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceResultItemDto` of `alibaba.einvoice.core.inv.upload`. */
export interface AlibabaEinvoiceCoreInvUploadInvoiceResultItemDtoInput {
  /** 数量，最多6位小数。 折扣行此参数不能传，非折扣行必传。存在则需>0 */
  quantity?: string;
  /** 单价（不含税），格式为2位小数。最大支持6位小数，不足2位小数时需转化为2位小数格式。折扣行此参数不能传，非折扣行必传 */
  price?: string;
  /** 税率。格式为2位小数，如：0.00, 0.03, 0.13等等 */
  tax_rate?: string;
  /** 发票项目编号（或商品编号） */
  item_no?: string;
  /** 发票行性质。0表示正常行，1表示折扣行，2表示被折扣行。 比如充电器单价100元，折扣10元，则明细为2行，充电器行性质为2，折扣行性质为1。如果充电器没有折扣，则值应为0 */
  row_type?: Int64Input;
  /** 发票项目名称（或商品名称） */
  item_name?: string;
  /** 含税总金额 (等于sum_price和tax之和)， 单位：元，格式为2位小数，精度2位小数 */
  amount?: string;
  /** 单位。折扣行不能传，非折扣行必传 */
  unit?: string;
  /** 规格型号 */
  specification?: string;
  /** 0税率标识，只有税率为0的情况才有值，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
  /** 税额， 格式为2位小数 */
  tax?: string;
  /** 不含税总金额，格式为2位小数 单位：元，精度2位小数 */
  sum_price?: string;
}

const REQUEST_SCHEMA = {
  sum_tax: 'String',
  payee_phone: 'String',
  platform_tid: 'String',
  sum_price: 'String',
  invoice_amount: 'String',
  source: 'String',
  invoice_file_type: 'String',
  payee_receiver: 'String',
  red_notice_no: 'String',
  payee_register_no: 'String',
  apply_id: 'String',
  payee_name: 'String',
  qr_code: 'String',
  levy_type: 'String',
  invoice_type: 'String',
  payer_name: 'String',
  invoice_no: 'String',
  invoice_memo: 'String',
  payer_email: 'String',
  receive_mobile: 'String',
  anti_fake_code: 'String',
  payer_bank_account_id: 'String',
  payer_bank_name: 'String',
  payee_bank_account_id: 'String',
  payee_checker: 'String',
  payer_phone: 'String',
  normal_invoice_code: 'String',
  device_no: 'String',
  invoice_date: 'String',
  invoice_code: 'String',
  check_code: 'String',
  payee_address: 'String',
  normal_invoice_no: 'String',
  payer_address: 'String',
  payee_bank_name: 'String',
  invoice_items: [
    {
      quantity: 'String',
      price: 'String',
      tax_rate: 'String',
      item_no: 'String',
      row_type: 'Number',
      item_name: 'String',
      amount: 'String',
      unit: 'String',
      specification: 'String',
      zero_rate_flag: 'String',
      tax: 'String',
      sum_price: 'String',
    },
  ],
  payee_operator: 'String',
  payer_register_no: 'String',
  invoice_kind: 'Number',
  business_type: 'Number',
  special_flag: 'String',
  platform_code: 'String',
  invoice_file_data: 'byte[]',
  platform_user_id: 'String',
  biz_error_msg: 'String',
  biz_error_code: 'String',
  create_result: 'String',
  serial_no: 'String',
  invoice_file_content: 'String',
  deduct_amount: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.core.inv.upload`: method, response root, request and response schemas. */
export const alibabaEinvoiceCoreInvUploadOperation = {
  method: 'alibaba.einvoice.core.inv.upload',
  responseRoot: 'alibaba_einvoice_core_inv_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票中台-发票结果回传 — calls TOP method `alibaba.einvoice.core.inv.upload`.
 *
 * 发票回传接口适用于以下场景：
 * ① 阿里发票平台向ISV提交原始发票申请，ISV开具发票成功后，基于申请ID(apply_id)回传发票至阿里发票平台进行归集与交付。
 * ② 直接回传发票给阿里发票平台，进行归集，并交付给业务前台和用户。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceCoreInvUpload(
  client: TopClient,
  request: AlibabaEinvoiceCoreInvUploadRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceCoreInvUploadResponse> {
  return client.call<AlibabaEinvoiceCoreInvUploadResponse>(
    {
      method: 'alibaba.einvoice.core.inv.upload',
      responseRoot: 'alibaba_einvoice_core_inv_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/einvoice/alibaba.einvoice.prod.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.prod.apply` (提交发票申请). */
export interface AlibabaEinvoiceProdApplyRequest {
  /** 申请开票请求 */
  param_invoice_apply_dto: AlibabaEinvoiceProdApplyInvoiceApplyDtoInput;
}

/** Response of `alibaba.einvoice.prod.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceProdApplyResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaEinvoiceProdApplyServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceApplyDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyInvoiceApplyDtoInput {
  /** 合计实付金额（申请开票的总金额，含税），格式为2位小数。开红票时传正数。需满足公式：开票总金额(invoiceAmount) = 各项明细的交易金额(amount)之和 - 各项明细的优惠金额(discount)之和 */
  apply_amount: string;
  /** 发票申请模式，可选值： pre_apply_url: URL预申请模式；适用于扫码开票（一单一码）的业务场景：业务前台提交开票金额等信息，请求阿里发票平台生成一个对应的发票申请页面URL。用户可在该页面中填写抬头等信息，然后提交正式的发票申请。 normal(默认为此模式): 正式提交用户的发票申请，商户根据此发票申请自动或审核开票。 */
  apply_mode?: string;
  /** 请求来源：order: 下单 */
  apply_source?: string;
  /** 当前申请单是否自动开票。当业务前台传入了该字段时，以前台传入的值为准。当前台未传值时，中台会读取商户在中台维护的自动开票配置。true: 申请单会自动转开票请求，调用税控进行开票。false: 申请单数据会在中台落地，状态为申请中。不会发起开票请求。适用于商户需要人工审核之后，再确认开票的场景。 */
  auto_create_invoice?: boolean;
  /** 抬头类型。可选值：0：个人1：企业；当apply_mode=pre_apply_url时可选 */
  business_type?: Int64Input;
  /** 请求开票的销方信息。 传了此参数，则使用传入的销方信息进行开票。 未传则会以商户维护在阿里发票平台的销方信息为准。 业务前台请根据商户在哪维护销方信息进行选择，推荐后者。 */
  create_inv_payee_info?: AlibabaEinvoiceProdApplyInvoiceCreatePayeeInfoDtoInput;
  /** 指定的开票税控设备ID 传了此参数，则使用传入的设备ID进行开票。 未传则会使用商户维护在阿里发票平台的默认设备开票。 业务前台请根据商户在哪维护税控设备进行选择，推荐后者。 */
  device_id?: string;
  /** 开票明细 */
  invoice_items?: AlibabaEinvoiceProdApplyInvoiceApplyItemsDtoInput[];
  /** 开票发票类型可选值：0: 电票1：纸质普票2：纸质专票 */
  invoice_kind: Int64Input;
  /** 发票备注，会显示在票面 */
  invoice_memo?: string;
  /** 发票(开票)类型，可选值：blue: 蓝票red: 红票 */
  invoice_type: string;
  /** 征税方式，0普通征收，1减按征收，2差额征收 */
  levy_type?: Int64Input;
  /** 原发票代码(开红票时使用) */
  normal_invoice_code?: string;
  /** 原发票号码(开红票时使用) */
  normal_invoice_no?: string;
  /** 外部业务方发起开票申请的唯一幂等ID,?由调用平台生成。只能由字母和数字组成。 */
  outer_id: string;
  /** 销方税务登记证号，长度要求15~20位。 传了此参数，则阿里发票平台会使用传入的销方税号进行开票。 未传则阿里发票平台会自动选择商户入驻的税号进行开票。 */
  payee_register_no?: string;
  /** 购方地址，专票必填。 */
  payer_address?: string;
  /** 购方银行账号，专票必填。 */
  payer_bank_account_id?: string;
  /** 购方开户行名称，专票必填。 */
  payer_bank_name?: string;
  /** 购方电子邮箱，需满足邮箱格式。 格式要求：\\w+([-+.]\\w+)*\@\\w+([-.]\\w+)*\\.\\w+([-.]\\w+)* */
  payer_email?: string;
  /** 购方收票物流信息，用于纸票场景。 */
  payer_logistics_info?: AlibabaEinvoiceProdApplyPayerLogisticsInfoDtoInput;
  /** 购方开票备注。不会显示在票面 */
  payer_memo?: string;
  /** 购方抬头；当apply_mode=pre_apply_url时可选 */
  payer_name?: string;
  /** 购方联系电话，专票必填。 */
  payer_phone?: string;
  /** 购方方税务登记证号，由大写字母或数字组成，长度要求15~20位。开企业抬头时必填，专票必填。 */
  payer_register_no?: string;
  /** 购方UID */
  payer_uid?: string;
  /** 购方联系电话，专票必填。 */
  phone_number?: string;
  /** 业务前台的业务标记。提供给业务前台打上特殊的业务标识，解决前台一些特殊场景，中台不关心该字段的业务含义。 */
  platform_biz_flag?: string;
  /** 请求来源平台Code, 由发票中台分配 */
  platform_code: string;
  /** 业务平台发票申请对应的订单号。 */
  platform_tid: string;
  /** 业务平台商户ID/用户ID */
  platform_user_id: string;
  /** 红字通知单号，专票冲红时需要，商家跟税局申请 */
  red_notice_no?: string;
  /** 来源标识 */
  source_flag?: string;
  /** 业务来源平台, 由发票中台分配 */
  source_platform_code?: string;
  /** 特殊票种标识，可选值：02: 农产品收购票 */
  special_flag?: string;
  /** 交易时间 */
  trade_time?: DateInput;
}

/** `InvoiceCreatePayeeInfoDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyInvoiceCreatePayeeInfoDtoInput {
  /** 销方地址，销方电话加地址不超出100字符 */
  payee_address?: string;
  /** 销方银行帐号 */
  payee_bank_account_id?: string;
  /** 销方开户行名称，开户行账号加名称不超出100字符 */
  payee_bank_name?: string;
  /** 复核人 */
  payee_checker?: string;
  /** 销方名称，公司名 */
  payee_name?: string;
  /** 开票人 */
  payee_operator?: string;
  /** 销方电话 */
  payee_phone?: string;
  /** 收款人 */
  payee_receiver?: string;
  /** 销方税务登记证号 */
  payee_register_no?: string;
}

/** `InvoiceApplyItemsDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyInvoiceApplyItemsDtoInput {
  /** 交易金额（含税）=?单价*数量。单位：元，格式为2位小数，精度2位小数。开红票时传正数。 */
  amount?: string;
  /** 开票明细备注 */
  biz_memo?: string;
  /** 优惠金额（含税）可为0,交易金额-优惠金额=实付金额。单位：元，格式为2位小数，精度2位小数。开红票时传正数。 */
  discount?: string;
  /** 商品ID.当商户配置了按照商品ID匹配税编的税编规则时，该字段可用于税编规则匹配 */
  item_id?: string;
  /** 商品名称/货物名称 */
  item_name?: string;
  /** 发票项目编号（或商品编号）业务前台未传值中台会做税编规则匹配。业务前台有传值则优先取前台传入的值。 */
  item_no?: string;
  /** 商品类型名称，如新零售、餐饮等等。当商户配置了按照类型匹配税编的税编规则时，该字段可用于税编规则匹配 */
  item_type?: string;
  /** 数量，最多6位小数 */
  quantity?: string;
  /** 规格型号 */
  specification?: string;
  /** 单价（含税），格式为2位小数。最大支持6位小数，不足2位小数时需转化为2位小数格式。 */
  tax_price?: string;
  /** 税率。格式为2位小数，业务前台未传值中台会做税编规则匹配。业务前台有传值则优先取前台传入的值。 */
  tax_rate?: string;
  /** 单位 */
  unit?: string;
  /** 0税率标识，只有税率为0的情况才有值，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
}

/** `PayerLogisticsInfoDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyPayerLogisticsInfoDtoInput {
  /** 收件人地址 */
  contact_addr?: string;
  /** 收件人电话 */
  contact_mobile?: string;
  /** 收件人姓名 */
  contact_name?: string;
}

/** `ServiceResult` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyServiceResult {
  /** 申请结果 */
  apply_result_dto?: AlibabaEinvoiceProdApplyInvoiceApplyResultDto;
}

/** `InvoiceApplyResultDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyInvoiceApplyResultDto {
  /** 中台发票申请ID，由中台生成。字母或数字组成 */
  apply_id?: string;
  /** 申请状态，可选值： applying: 申请中，初始状态； cancelled: 申请已取消； confirmed: 商户已确认，待开/录入发票； craeting_inv: 开票中，待发票结果回传； inv_failed: 开票失败； inv_success: 开票成功； inv_part_success: 部分成功（拆单场景下存在。举例：发票申请拆单之后有10张票，其中有1张开票成功时，此时申请状态即为inv_part_success，当10张票全部成功申请状态则为inv_success） */
  apply_status?: string;
  /** 开票结果 */
  create_inv_result_list?: AlibabaEinvoiceProdApplyInvoiceCreateSimpleResultDto[];
  /** 生成的发票申请页面URL, 用户可在该页面中填写抬头等信息，然后提交正式的发票申请。 当apply_mode=create_apply_url 时必须返回。 */
  apply_url?: string;
}

/** `InvoiceCreateSimpleResultDto` of `alibaba.einvoice.prod.apply`. */
export interface AlibabaEinvoiceProdApplyInvoiceCreateSimpleResultDto {
  /** 错误码 */
  biz_error_code?: string;
  /** 错误描述 */
  biz_error_msg?: string;
  /** 开票状态 */
  create_status?: string;
  /** 错误类型 */
  error_type?: string;
  /** 实际开票金额 */
  invoice_amount?: string;
  /** 销售方名称 */
  payee_name?: string;
  /** 销方税号 */
  payee_register_no?: string;
  /** 税控产品 */
  product_code?: string;
  /** 单张票序列号 */
  single_serial_no?: string;
  /** 合计金额（不含税） */
  sum_price?: string;
  /** 合计税额，格式为2位小数 */
  sum_tax?: string;
}

const REQUEST_SCHEMA = {
  param_invoice_apply_dto: {
    apply_amount: 'String',
    apply_mode: 'String',
    apply_source: 'String',
    auto_create_invoice: 'Boolean',
    business_type: 'Number',
    create_inv_payee_info: {
      payee_address: 'String',
      payee_bank_account_id: 'String',
      payee_bank_name: 'String',
      payee_checker: 'String',
      payee_name: 'String',
      payee_operator: 'String',
      payee_phone: 'String',
      payee_receiver: 'String',
      payee_register_no: 'String',
    },
    device_id: 'String',
    invoice_items: [
      {
        amount: 'String',
        biz_memo: 'String',
        discount: 'String',
        item_id: 'String',
        item_name: 'String',
        item_no: 'String',
        item_type: 'String',
        quantity: 'String',
        specification: 'String',
        tax_price: 'String',
        tax_rate: 'String',
        unit: 'String',
        zero_rate_flag: 'String',
      },
    ],
    invoice_kind: 'Number',
    invoice_memo: 'String',
    invoice_type: 'String',
    levy_type: 'Number',
    normal_invoice_code: 'String',
    normal_invoice_no: 'String',
    outer_id: 'String',
    payee_register_no: 'String',
    payer_address: 'String',
    payer_bank_account_id: 'String',
    payer_bank_name: 'String',
    payer_email: 'String',
    payer_logistics_info: {
      contact_addr: 'String',
      contact_mobile: 'String',
      contact_name: 'String',
    },
    payer_memo: 'String',
    payer_name: 'String',
    payer_phone: 'String',
    payer_register_no: 'String',
    payer_uid: 'String',
    phone_number: 'String',
    platform_biz_flag: 'String',
    platform_code: 'String',
    platform_tid: 'String',
    platform_user_id: 'String',
    red_notice_no: 'String',
    source_flag: 'String',
    source_platform_code: 'String',
    special_flag: 'String',
    trade_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    apply_result_dto: {
      apply_id: 'String',
      apply_status: 'String',
      create_inv_result_list: [
        {
          biz_error_code: 'String',
          biz_error_msg: 'String',
          create_status: 'String',
          error_type: 'String',
          invoice_amount: 'String',
          payee_name: 'String',
          payee_register_no: 'String',
          product_code: 'String',
          single_serial_no: 'String',
          sum_price: 'String',
          sum_tax: 'String',
        },
      ],
      apply_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.prod.apply`: method, response root, request and response schemas. */
export const alibabaEinvoiceProdApplyOperation = {
  method: 'alibaba.einvoice.prod.apply',
  responseRoot: 'alibaba_einvoice_prod_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交发票申请 — calls TOP method `alibaba.einvoice.prod.apply`.
 *
 * 提交开票申请，如果商户授权自动开票则自动转开票，否则等待商户审核。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceProdApply(
  client: TopClient,
  request: AlibabaEinvoiceProdApplyRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceProdApplyResponse> {
  return client.call<AlibabaEinvoiceProdApplyResponse>(
    {
      method: 'alibaba.einvoice.prod.apply',
      responseRoot: 'alibaba_einvoice_prod_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

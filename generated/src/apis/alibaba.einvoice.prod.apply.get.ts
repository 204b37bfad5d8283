// Generated from specs/einvoice/alibaba.einvoice.prod.apply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.prod.apply.get` (查询发票申请). */
export interface AlibabaEinvoiceProdApplyGetRequest {
  /** 查询申请请求 */
  invoice_apply_query_dto: AlibabaEinvoiceProdApplyGetInvoiceApplyDtlQueryDtoInput;
}

/** Response of `alibaba.einvoice.prod.apply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceProdApplyGetResponse {
  /** 系统返回的通用结果类 */
  result?: AlibabaEinvoiceProdApplyGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceApplyDtlQueryDto` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetInvoiceApplyDtlQueryDtoInput {
  /** 中台发票申请ID，由中台生成。字母或数字组成。 可用于查询发票申请的详情。 */
  apply_id: string;
  /** 是否需要生成发票板式文件的下载链接。默认为：false不生成。 调用方请根据使用场景而定。 true: 生成新的发票下载链接，拆单情况下生成多张发票链接响应时间较长，建议设置超时时间为6s. false: 不生成下载链接，查询响应时间更快。调用方如果不需要发票链接，或者有对接查询发票详情接口时，此处建议传false */
  need_download_url?: boolean;
}

/** `ServiceResult` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetServiceResult {
  /** 发票申请详情 */
  invoice_apply_dtl?: AlibabaEinvoiceProdApplyGetInvoiceApplyDtlDto;
}

/** `InvoiceApplyDtlDto` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetInvoiceApplyDtlDto {
  /** 合计实付金额（申请开票的总金额，含税），格式为2位小数。开红票时传正数。 需满足公式：开票总金额(invoiceAmount) = 各项明细的交易金额(amount)之和 - 各项明细的优惠金额(discount)之和。 当指定auto_create_invoice=true或商户配置为自动开票时该字段必填。 */
  apply_amount?: string;
  /** 发票申请ID */
  apply_id?: string;
  /** 发票申请模式，可选值： pre_apply_url: URL预申请模式；适用于扫码开票（一单一码）的业务场景：业务前台提交开票金额等信息，请求阿里发票平台生成一个对应的发票申请页面URL。用户可在该页面中填写抬头等信息，然后提交正式的发票申请。 normal(默认为此模式): 正式提交用户的发票申请，商户根据此发票申请自动或审核开票。 */
  apply_mode?: string;
  /** 申请状态，可选值： applying: 申请中，初始状态 cancelled: 申请已取消 confirmed: 商户已确认，待开/待录入发票 creating_inv: 开票中，待发票结果回传 inv_failed: 开票失败 inv_success: 开票成功 inv_part_success: 部分成功（拆单场景下存在。举例：发票申请拆单之后有10张票，其中有1张开票成功时，此时申请状态即为inv_part_success，当10张票全部成功申请状态则为inv_success） */
  apply_status?: string;
  /** 抬头类型。可选值： 0：个人 1：企业 */
  business_type?: Int64;
  /** 该申请单 请求开票的结果，拆单的场景下可能有多笔发票请求 当apply_status为creating_inv, inv_failed, inv_success, inv_part_success 时返回该字段 */
  create_inv_results?: AlibabaEinvoiceProdApplyGetInvoiceCreateSimpleResultDto[];
  /** 请求开票的销方信息 间联开票模式下，该字段无值。若调用方需要获取开具发票的销方信息，可调用查询发票详情接口 */
  create_inv_payee_info?: AlibabaEinvoiceProdApplyGetInvoiceCreatePayeeInfoDto;
  /** 当前申请单是否为已终结状态。true: 是，false: 否。 主要用于区分inv_part_success状态下是终态还是中间态。 */
  is_finally?: boolean;
  /** 申请创建时间 */
  gmt_create?: string;
  /** 申请最近修改时间 */
  gmt_modified?: string;
  /** 申请明细列表 */
  invoice_items?: AlibabaEinvoiceProdApplyGetInvoiceApplyItemsDto[];
  /** 申请开票类型，可选值： 0: 电票 1：纸质普票 2：纸质专票 */
  invoice_kind?: Int64;
  /** 发票备注 */
  invoice_memo?: string;
  /** 发票(开票)类型，可选值： blue: 蓝票 red: 红票 */
  invoice_type?: string;
  /** 原发票代码； 申请红票时必传 */
  normal_invoice_code?: string;
  /** 原发票号码； 申请红票时必传 */
  normal_invoice_no?: string;
  /** 外部业务方创建入驻工单的唯一幂等ID, 由业务方自己生成。 由字母数字组成 */
  outer_id?: string;
  /** 纳税人识别号 */
  payee_register_no?: string;
  /** 购方地址， 专票必填。 */
  payer_address?: string;
  /** 购方银行账号， 专票必填。 */
  payer_bank_account_id?: string;
  /** 购方开户行名称， 专票必填。 */
  payer_bank_name?: string;
  /** 购方电子邮箱 */
  payer_email?: string;
  /** 购方开票备注。不会显示在票面 */
  payer_memo?: string;
  /** 购方抬头 */
  payer_name?: string;
  /** 购方联系电话， 专票必填。 */
  payer_phone?: string;
  /** 购方方税务登记证号， 开企业抬头时必填， 专票必填。 */
  payer_register_no?: string;
  /** 购方UID */
  payer_uid?: string;
  /** 业务前台的业务标记。 提供给业务前台打上特殊的业务标识，解决前台一些特殊场景，阿里发票不关心该字段的业务含义。 */
  platform_biz_flag?: string;
  /** 业务平台code, 由发票中台分配 */
  platform_code?: string;
  /** 业务平台发票申请对应的订单号 */
  platform_tid?: string;
  /** 业务平台商户ID */
  platform_user_id?: string;
  /** 红字发票信息表编号。 专票冲红时需要，商家跟税局申请 */
  red_notice_no?: string;
}

/** `InvoiceCreateSimpleResultDto` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetInvoiceCreateSimpleResultDto {
  /** 防伪码 */
  anti_fake_code?: string;
  /** 错误编码 当开票失败时返回 */
  biz_error_code?: string;
  /** 错误信息 当开票失败时返回 */
  biz_error_msg?: string;
  /** 开票状态，可选值： (waiting = 开票中) 、(create_success = 开票成功)、(create_failed = 开票失败) */
  create_status?: string;
  /** 发票板式文件的下载地址。 need_download_url=true时返回。默认不生成。 */
  download_url?: string;
  /** 发票板式文件下载地址(download_url)和预览图地址(invoice_image_url)的失效时间。 过期之后板式文件下载地址将无法访问，可以重新调用此接口，重新生成访问链接。 格式为：yyyy-MM-dd HH:mm:ss */
  download_url_expires?: string;
  /** 错误类型，开票失败时必传。 可选值： biz: 业务错误，重试也无法开票。需要商户人工处理申请之后重新开票。 tax: 税控设备问题导致的开票失败，税控设备就绪后 可以由商户触发重试。 sys: 系统错误，中台重试一定次数后仍然失败的。 */
  error_type?: string;
  /** 合计含税金额（实际开票金额），格式为2位小数。 当开红票时，该字段为负数。 */
  invoice_amount?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 开票日期； 当开票成功时必选 */
  invoice_date?: string;
  /** 发票预览图的下载地址。 need_download_url=true时返回。默认不生成。 */
  invoice_image_url?: string;
  /** 开票发票类型，可选值： 0: 电票 1：纸质普票 2：纸质专票 */
  invoice_kind?: Int64;
  /** 发票号码 */
  invoice_no?: string;
  /** 销方名称，公司名 */
  payee_name?: string;
  /** 销方税号 */
  payee_register_no?: string;
  /** 税控产品，产品码由中台定义。 */
  product_code?: string;
  /** 红票申请ID */
  red_apply_id?: string;
  /** 红票申请状态，定义同create_status */
  red_create_status?: string;
  /** 开票流水号/序列号，唯一标志一笔开票请求。发票中台发起开票后生成，可用于查询单张发票。 */
  single_serial_no?: string;
  /** 合计金额（不含税），格式为2位小数。 当开红票时，该字段为负数 */
  sum_price?: string;
  /** 合计税额，格式为2位小数。 当开红票时，该字段为0或负数 */
  sum_tax?: string;
}

/** `InvoiceCreatePayeeInfoDto` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetInvoiceCreatePayeeInfoDto {
  /** 销方地址 销方电话加地址不超出100字符 */
  payee_address?: string;
  /** 销方银行帐号 */
  payee_bank_account_id?: string;
  /** 销方开户行名称 */
  payee_bank_name?: string;
  /** 复核人 */
  payee_checker?: string;
  /** 销方企业名称 */
  payee_name?: string;
  /** 开票人 */
  payee_operator?: string;
  /** 销方电话 */
  payee_phone?: string;
  /** 收款人 */
  payee_receiver?: string;
  /** 销方税号 */
  payee_register_no?: string;
}

/** `InvoiceApplyItemsDto` of `alibaba.einvoice.prod.apply.get`. */
export interface AlibabaEinvoiceProdApplyGetInvoiceApplyItemsDto {
  /** 交易金额（含税）=单价*数量 单位：元，格式为2位小数，精度2位小数 */
  amount?: string;
  /** 优惠金额（含税）可为0 交易金额-优惠价金额=实付金额 单位：元，格式为2位小数，精度2位小数 */
  discount?: string;
  /** 商品名称/货物名称 */
  item_name?: string;
  /** 发票项目编号（或商品编号） 业务前台未传值中台会做税编规则匹配。 业务前台有传值则优先取前台传入的值。 */
  item_no?: string;
  /** 数量，最多6位小数 */
  quantity?: string;
  /** 规格型号 */
  specification?: string;
  /** 单价（含税），格式为2位小数。最大支持6位小数，不足2位小数时需转化为2位小数格式。 */
  tax_price?: string;
  /** 税率。格式为2位小数， 业务前台未传值中台会做税编规则匹配。 业务前台有传值则优先取前台传入的值。 */
  tax_rate?: string;
  /** 单位 */
  unit?: string;
  /** 0税率标识，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
}

const REQUEST_SCHEMA = {
  invoice_apply_query_dto: {
    apply_id: 'String',
    need_download_url: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    invoice_apply_dtl: {
      apply_amount: 'String',
      apply_id: 'String',
      apply_mode: 'String',
      apply_status: 'String',
      business_type: 'Number',
      create_inv_results: [
        {
          anti_fake_code: 'String',
          biz_error_code: 'String',
          biz_error_msg: 'String',
          create_status: 'String',
          download_url: 'String',
          download_url_expires: 'String',
          error_type: 'String',
          invoice_amount: 'String',
          invoice_code: 'String',
          invoice_date: 'String',
          invoice_image_url: 'String',
          invoice_kind: 'Number',
          invoice_no: 'String',
          payee_name: 'String',
          payee_register_no: 'String',
          product_code: 'String',
          red_apply_id: 'String',
          red_create_status: 'String',
          single_serial_no: 'String',
          sum_price: 'String',
          sum_tax: 'String',
        },
      ],
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
      is_finally: 'Boolean',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      invoice_items: [
        {
          amount: 'String',
          discount: 'String',
          item_name: 'String',
          item_no: 'String',
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
      normal_invoice_code: 'String',
      normal_invoice_no: 'String',
      outer_id: 'String',
      payee_register_no: 'String',
      payer_address: 'String',
      payer_bank_account_id: 'String',
      payer_bank_name: 'String',
      payer_email: 'String',
      payer_memo: 'String',
      payer_name: 'String',
      payer_phone: 'String',
      payer_register_no: 'String',
      payer_uid: 'String',
      platform_biz_flag: 'String',
      platform_code: 'String',
      platform_tid: 'String',
      platform_user_id: 'String',
      red_notice_no: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.prod.apply.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceProdApplyGetOperation = {
  method: 'alibaba.einvoice.prod.apply.get',
  responseRoot: 'alibaba_einvoice_prod_apply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询发票申请 — calls TOP method `alibaba.einvoice.prod.apply.get`.
 *
 * 查询申请的详细信息，包含申请所关联的发票摘要信息+板式文件+预览图；
 * 场景使用：1、业务前台收到申请状态变更消息后，调用此接口查询申请详情；2、主动补偿查询：当指定了自动开票，且发票申请长时间未收到状态变更通知时，可能存在丢消息的情况，此时可主动查询该申请，然后更新本地工单状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceProdApplyGet(
  client: TopClient,
  request: AlibabaEinvoiceProdApplyGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceProdApplyGetResponse> {
  return client.call<AlibabaEinvoiceProdApplyGetResponse>(
    {
      method: 'alibaba.einvoice.prod.apply.get',
      responseRoot: 'alibaba_einvoice_prod_apply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

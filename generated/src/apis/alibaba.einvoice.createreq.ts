// Generated from specs/einvoice/alibaba.einvoice.createreq.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.createreq` (ERP开票请求接口). */
export interface AlibabaEinvoiceCreatereqRequest {
  /** 电商平台代码。TB=淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、OTHER=其他, (只传英文编码) */
  platform_code: string;
  /**
   * 开票方银行及 帐号
   *
   * Max length: 100
   */
  payee_bankaccount?: string;
  /**
   * 电子发票明细
   *
   * Max list size: 100
   */
  invoice_items: AlibabaEinvoiceCreatereqInvoiceItemInput[];
  /**
   * 收款人
   *
   * Max length: 8
   */
  payee_receiver?: string;
  /**
   * 开票人
   *
   * Max length: 8
   */
  payee_operator?: string;
  /** 开票金额； 当开红票时，该字段为负数 */
  invoice_amount: string;
  /**
   * 复核人
   *
   * Max length: 8
   */
  payee_checker?: string;
  /**
   * 消费者联系电话
   *
   * Max length: 20
   */
  payer_phone?: string;
  /**
   * 付款方税务登记证号。对企业开具电子发票时必填。
   *
   * Max length: 20
   */
  payer_register_no?: string;
  /** 开票日期, 格式"YYYY-MM-DD HH:SS:MM" */
  invoice_time?: DateInput;
  /**
   * 收款方电话
   *
   * Max length: 20
   */
  payee_phone?: string;
  /** 消费者电子邮箱 */
  payer_email?: string;
  /**
   * 开票方名称，公司名(如:XX商城)
   *
   * Max length: 100
   */
  payee_name: string;
  /**
   * 消费者地址
   *
   * Max length: 100
   */
  payer_address?: string;
  /**
   * 发票备注，有些省市会把此信息打印到PDF中
   *
   * Max length: 200
   */
  invoice_memo?: string;
  /**
   * 付款方开票开户银行及账号
   *
   * Max length: 100
   */
  payer_bankaccount?: string;
  /** 合计金额(新版中为必传) 当开红票时，该字段为负数 */
  sum_price: string;
  /**
   * 原发票号码(开红票时传入)
   *
   * Max length: 8
   */
  normal_invoice_no?: string;
  /** 发票(开票)类型，蓝票blue,红票red，默认blue */
  invoice_type: string;
  /**
   * 收款方税务登记证号
   *
   * Max length: 20
   */
  payee_register_no: string;
  /**
   * 原发票代码(开红票时传入)
   *
   * Max length: 12
   */
  normal_invoice_code?: string;
  /** 默认：0。对于商家对个人开具，为0;对于商家对企业开具，为1; */
  business_type: Int64Input;
  /** ERP系统中的单据号。如果没有erp的唯一单据号。建议使用platform_code+”_”+ platform_tid的组合方式 */
  erp_tid?: string;
  /**
   * 开票流水号，唯一标志开票请求。如果两次请求流水号相同，则表示重复请求。请调用平台统一流水号获取接口，alibaba.einvoice.serialno.generate。
   *
   * Max length: 20
   */
  serial_no: string;
  /** 电商平台对应的主订单号 */
  platform_tid: string;
  /**
   * 开票方地址(新版中为必传)
   *
   * Max length: 100
   */
  payee_address: string;
  /** 合计税额 当开红票时，该字段为负数 */
  sum_tax: string;
  /**
   * 付款方名称, 对应发票台头
   *
   * Max length: 100
   */
  payer_name: string;
  /** 开票申请ID，接收了开票申请消息后，需要把apply_id带上 */
  apply_id?: string;
  /** 外部平台店铺名称，需要在阿里发票平台配置，只有当platform_code不为TB和TM时，这个字段才生效。注意：后台配置的店铺平台必须和入参platform_code一致 */
  out_shop_name?: string;
  /** 发票种类，0=电子发票,1=纸质发票,2=专票。注意：未订购纸票服务的税号无法开具纸票 */
  invoice_kind?: Int64Input;
  /** 红字通知单号，专票冲红时需要，商家跟税局申请 */
  red_notice_no?: string;
  /** 开票角色，supplier=供应商，只有platform_code=TB|TM时生效，供应商开票时允许使用A店铺开具B店铺的订单号 */
  request_role?: string;
  /** 分销订单号，request_role=supplier供应商开票时必填，分销订单号必须属于platform_tid，同时分销订单号的供应商必须和开票的授权账号一致 */
  distribution_tid?: string;
}

/** Response of `alibaba.einvoice.createreq`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceCreatereqResponse {
  /** 开票信息是否成功接受 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceItem` of `alibaba.einvoice.createreq`. */
export interface AlibabaEinvoiceCreatereqInvoiceItemInput {
  /** 总价，格式：100.00； 当开红票时，该字段为负数 */
  sum_price: string;
  /** 税额； 当开红票时，该字段为负数 */
  tax: string;
  /** 单价，格式：100.00。新版电子发票，折扣行此参数不能传，非折扣行必传；红票、蓝票都为正数 */
  price?: string;
  /** 税收分类编码，税号升级商品编码版本后必填 */
  item_no?: string;
  /** 单位。新版电子发票，折扣行不能传，非折扣行必传 */
  unit?: string;
  /** 商品IMIE号(不用传，将废弃) */
  imei?: string;
  /** 发票项目名称（或商品名称） */
  item_name: string;
  /** 税率。税率只能为0或0.03或0.04或0.06或0.11或0.13或0.17 */
  tax_rate: string;
  /** 发票行性质。0表示正常行，1表示折扣行，2表示被折扣行。比如充电器单价100元，折扣10元，则明细为2行，充电器行性质为2，折扣行性质为1。如果充电器没有折扣，则值应为0 */
  row_type: string;
  /** 数量。新版电子发票，折扣行此参数不能传，非折扣行必传； 当开红票时，该字段需为负数 */
  quantity?: string;
  /** 规格型号,可选 */
  specification?: string;
  /** 价税合计。(等于sumPrice和tax之和) 当开红票时，该字段为负数 */
  amount: string;
  /** 0税率标识，只有税率为0的情况才有值，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
}

const REQUEST_SCHEMA = {
  platform_code: 'String',
  payee_bankaccount: 'String',
  invoice_items: [
    {
      sum_price: 'String',
      tax: 'String',
      price: 'String',
      item_no: 'String',
      unit: 'String',
      imei: 'String',
      item_name: 'String',
      tax_rate: 'String',
      row_type: 'String',
      quantity: 'String',
      specification: 'String',
      amount: 'String',
      zero_rate_flag: 'String',
    },
  ],
  payee_receiver: 'String',
  payee_operator: 'String',
  invoice_amount: 'String',
  payee_checker: 'String',
  payer_phone: 'String',
  payer_register_no: 'String',
  invoice_time: 'Date',
  payee_phone: 'String',
  payer_email: 'String',
  payee_name: 'String',
  payer_address: 'String',
  invoice_memo: 'String',
  payer_bankaccount: 'String',
  sum_price: 'String',
  normal_invoice_no: 'String',
  invoice_type: 'String',
  payee_register_no: 'String',
  normal_invoice_code: 'String',
  business_type: 'Number',
  erp_tid: 'String',
  serial_no: 'String',
  platform_tid: 'String',
  payee_address: 'String',
  sum_tax: 'String',
  payer_name: 'String',
  apply_id: 'String',
  out_shop_name: 'String',
  invoice_kind: 'Number',
  red_notice_no: 'String',
  request_role: 'String',
  distribution_tid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.createreq`: method, response root, request and response schemas. */
export const alibabaEinvoiceCreatereqOperation = {
  method: 'alibaba.einvoice.createreq',
  responseRoot: 'alibaba_einvoice_createreq_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ERP开票请求接口 — calls TOP method `alibaba.einvoice.createreq`.
 *
 * ERP发起开票请求
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceCreatereq(
  client: TopClient,
  request: AlibabaEinvoiceCreatereqRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceCreatereqResponse> {
  return client.call<AlibabaEinvoiceCreatereqResponse>(
    {
      method: 'alibaba.einvoice.createreq',
      responseRoot: 'alibaba_einvoice_createreq_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

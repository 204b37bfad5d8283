// Generated from specs/einvoice/alibaba.einvoice.create.result.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.create.result.get` (ERP开票结果获取). */
export interface AlibabaEinvoiceCreateResultGetRequest {
  /** 收款方税务登记证号 */
  payee_register_no: string;
  /** 电商平台代码。淘宝：taobao，天猫：tmall */
  platform_code?: string;
  /** 电商平台对应的订单号 */
  platform_tid?: string;
  /** 流水号 (serial_no)和(platform_code,platform_tid)必须填写其中一组,serial_no优先级更高 */
  serial_no?: string;
  /** 外部平台店铺名称，需要在阿里发票平台配置，只有当platform_code不为TB和TM时，这个字段才生效。注意：后台配置的店铺平台必须和入参platform_code一致 */
  out_shop_name?: string;
}

/** Response of `alibaba.einvoice.create.result.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceCreateResultGetResponse {
  /** 开票返回结果数据列表 */
  invoice_result_list?: AlibabaEinvoiceCreateResultGetInvoiceResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceResult` of `alibaba.einvoice.create.result.get`. */
export interface AlibabaEinvoiceCreateResultGetInvoiceResult {
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
  /** 电商平台代码。淘宝：taobao，天猫：tmall */
  platform_code?: string;
  /** 电商平台订单号 */
  platform_tid?: string;
  /** 开票流水号，唯一标志开票请求。如果两次请求流水号相同，则表示重复请求。 */
  serial_no?: string;
  /** 开票状态 (waiting = 开票中) 、(create_success = 开票成功)、(create_failed = 开票失败) */
  status?: string;
  /** 错误编码 */
  biz_error_code?: string;
  /** 错误信息 */
  biz_error_msg?: string;
  /** 电子发票明细，erp开票默认不返回，如果erp需要获取阿里发票平台自动开票的结果，需要先找阿里小二开通权限 */
  invoice_items?: AlibabaEinvoiceCreateResultGetInvoiceItem[];
  /** 发票类型，blue=蓝票，red=红票 */
  invoice_type?: string;
  /** 发票种类，0=电子发票，1=纸质发票，2=纸质专票 */
  invoice_kind?: Int64;
  /** 原蓝票发票代码，invoiceType=red时有值 */
  normal_invoice_code?: string;
  /** 原蓝票发票号码，invoiceType=red时有值 */
  normal_invoice_no?: string;
  /** 开票人，erp开票不返回，用来erp获取自动开票结果 */
  payee_operator?: string;
  /** 收款人，erp开票不返回，用来erp获取自动开票结果 */
  payee_receiver?: string;
  /** 复核人，erp开票不返回，用来erp获取自动开票结果 */
  payee_checker?: string;
  /** 购买方抬头，erp开票不返回，用来erp获取自动开票结果 */
  payer_name?: string;
  /** 购买方税号，erp开票不返回，用来erp获取自动开票结果 */
  payer_register_no?: string;
  /** 购买方企业电话，erp开票不返回，用来erp获取自动开票结果 */
  payer_phone?: string;
  /** 购买方企业地址，erp开票不返回，用来erp获取自动开票结果 */
  payer_address?: string;
  /** 购买方企业银行及账号，erp开票不返回，用来erp获取自动开票结果 */
  payer_bankaccount?: string;
  /** 销售方税号 */
  payee_register_no?: string;
  /** 开票时间，时分秒格式（注意：2019-04-11之后开具的发票才返回） */
  invoice_time?: string;
}

/** `InvoiceItem` of `alibaba.einvoice.create.result.get`. */
export interface AlibabaEinvoiceCreateResultGetInvoiceItem {
  /** 单位 */
  unit?: string;
  /** 总价，格式：100.00(不含税) */
  sum_price?: string;
  /** 税额 */
  tax?: string;
  /** 单价，格式：100.00(不含税) */
  price?: string;
  /** 税收分类编码 */
  item_no?: string;
  /** 发票项目名称（或商品名称） */
  item_name?: string;
  /** 规格型号,可选 */
  specification?: string;
  /** 数量 */
  quantity?: string;
  /** 税率。税率只能为0或0.03或0.04或0.06或0.11或0.13或0.17 */
  tax_rate?: string;
  /** 发票行性质。0表示正常行，1表示折扣行，2表示被折扣行。比如充电器单价100元，折扣10元，则明细为2行，充电器行性质为2，折扣行性质为1。如果充电器没有折扣，则值应为0 */
  row_type?: string;
  /** 价税合计。(等于sumPrice和tax之和) */
  amount?: string;
  /** 0税率标识，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
  /** 商品的外部系统id，如果有sku则取sku的outerId，否则取item的outerId，，阿里发票平台自动开票时才有 */
  outer_id?: string;
  /** 淘宝子订单号，阿里发票平台自动开票时才有 */
  biz_order_id?: string;
  /** 是否为运费行，，阿里发票平台自动开票时才有 */
  is_post_fee_row?: boolean;
}

const REQUEST_SCHEMA = {
  payee_register_no: 'String',
  platform_code: 'String',
  platform_tid: 'String',
  serial_no: 'String',
  out_shop_name: 'String',
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
      platform_code: 'String',
      platform_tid: 'String',
      serial_no: 'String',
      status: 'String',
      biz_error_code: 'String',
      biz_error_msg: 'String',
      invoice_items: [
        {
          unit: 'String',
          sum_price: 'String',
          tax: 'String',
          price: 'String',
          item_no: 'String',
          item_name: 'String',
          specification: 'String',
          quantity: 'String',
          tax_rate: 'String',
          row_type: 'String',
          amount: 'String',
          zero_rate_flag: 'String',
          outer_id: 'String',
          biz_order_id: 'String',
          is_post_fee_row: 'Boolean',
        },
      ],
      invoice_type: 'String',
      invoice_kind: 'Number',
      normal_invoice_code: 'String',
      normal_invoice_no: 'String',
      payee_operator: 'String',
      payee_receiver: 'String',
      payee_checker: 'String',
      payer_name: 'String',
      payer_register_no: 'String',
      payer_phone: 'String',
      payer_address: 'String',
      payer_bankaccount: 'String',
      payee_register_no: 'String',
      invoice_time: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.create.result.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceCreateResultGetOperation = {
  method: 'alibaba.einvoice.create.result.get',
  responseRoot: 'alibaba_einvoice_create_result_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ERP开票结果获取 — calls TOP method `alibaba.einvoice.create.result.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceCreateResultGet(
  client: TopClient,
  request: AlibabaEinvoiceCreateResultGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceCreateResultGetResponse> {
  return client.call<AlibabaEinvoiceCreateResultGetResponse>(
    {
      method: 'alibaba.einvoice.create.result.get',
      responseRoot: 'alibaba_einvoice_create_result_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

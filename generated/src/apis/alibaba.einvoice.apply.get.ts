// Generated from specs/einvoice/alibaba.einvoice.apply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.apply.get` (开票申请数据获取接口). */
export interface AlibabaEinvoiceApplyGetRequest {
  /** 平台订单号 */
  platform_tid: string;
  /** 开票申请ID，跟消息中的apply_id对应，传入applyId后，只会返回一条开票申请消息 */
  apply_id?: string;
}

/** Response of `alibaba.einvoice.apply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceApplyGetResponse {
  /** success */
  is_success?: boolean;
  /** 开票明细 */
  apply_list?: AlibabaEinvoiceApplyGetApply[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Apply` of `alibaba.einvoice.apply.get`. */
export interface AlibabaEinvoiceApplyGetApply {
  /** 电商平台代码,TB,TM,ALIPAY,JD */
  platform_code?: string;
  /** 开票申请状态，0=已拒绝，1=申请中，2=已同意 */
  status?: Int64;
  /** 买家备注 */
  memo?: string;
  /** 买家抬头 */
  payer_name?: string;
  /** 电商平台对应的订单号 */
  platform_tid?: string;
  /** 买家税号 */
  payer_register_no?: string;
  /** 开票申请的触发类型，buyer_payed=卖家已付款，sent_goods=卖家已发货，buyer_confirm=买家确认收货，refund_seller_confirm=卖家同意退款，invoice_supply=买家申请补开发票，invoice_change=买家申请改抬头，change_paper=电换纸 */
  trigger_status?: string;
  /** 发票种类，0=电子发票，1=纸质发票，2=专票，3=电子专用发票，4=全电普通发票，5=全电专用发票 */
  invoice_kind?: Int64;
  /** 抬头类型，0=个人，1=企业 */
  business_type?: Int64;
  /** 发票(开票)类型，蓝票blue,红票red，默认blue */
  invoice_type?: string;
  /** 开票金额 */
  invoice_amount?: string;
  /** 不含税总金额 */
  sum_price?: string;
  /** 总税额 */
  sum_tax?: string;
  /** 发票明细 */
  invoice_items?: AlibabaEinvoiceApplyGetInvoiceItem[];
  /** 购买方联系电话 */
  payer_phone?: string;
  /** 购买方地址 */
  payer_address?: string;
  /** 购买方开户行账号 */
  payer_bankaccount?: string;
  /** 购买方开户银行 */
  payer_bank?: string;
  /** 发票申请修改时间 */
  gmt_modified_str?: string;
  /** 扩展属性 */
  extend_props?: string;
  /** 发票申请创建时间 */
  gmt_create?: string;
}

/** `InvoiceItem` of `alibaba.einvoice.apply.get`. */
export interface AlibabaEinvoiceApplyGetInvoiceItem {
  /** 发票项目名称（或商品名称） */
  item_name?: string;
  /** 价税合计。(等于sumPrice和tax之和) */
  amount?: string;
  /** 发票行性质。0表示正常行，1表示折扣行，2表示被折扣行。比如充电器单价100元，折扣10元，则明细为2行，充电器行性质为2，折扣行性质为1。如果充电器没有折扣，则值应为0 */
  row_type?: string;
  /** 规格型号,可选 */
  specification?: string;
  /** 总价，格式：100.00(不含税) */
  sum_price?: string;
  /** 税额 */
  tax?: string;
  /** 单价，格式：100.00(不含税) */
  price?: string;
  /** 数量 */
  quantity?: string;
  /** 税率。税率只能为0或0.03或0.04或0.06或0.11或0.13或0.17 */
  tax_rate?: string;
  /** 单位 */
  unit?: string;
  /** 发票项目编号（或商品编号） */
  item_no?: string;
  /** 淘宝子订单号 */
  biz_order_id?: string;
  /** 是否运费行标识，true:运费行，false:非运费行 */
  is_post_fee_row?: boolean;
  /** 零税率标识，0=出口零税率，1=免税，2=不征收，3=普通零税率 */
  zero_rate_flag?: string;
}

const REQUEST_SCHEMA = {
  platform_tid: 'String',
  apply_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  apply_list: [
    {
      platform_code: 'String',
      status: 'Number',
      memo: 'String',
      payer_name: 'String',
      platform_tid: 'String',
      payer_register_no: 'String',
      trigger_status: 'String',
      invoice_kind: 'Number',
      business_type: 'Number',
      invoice_type: 'String',
      invoice_amount: 'String',
      sum_price: 'String',
      sum_tax: 'String',
      invoice_items: [
        {
          item_name: 'String',
          amount: 'String',
          row_type: 'String',
          specification: 'String',
          sum_price: 'String',
          tax: 'String',
          price: 'String',
          quantity: 'String',
          tax_rate: 'String',
          unit: 'String',
          item_no: 'String',
          biz_order_id: 'String',
          is_post_fee_row: 'Boolean',
          zero_rate_flag: 'String',
        },
      ],
      payer_phone: 'String',
      payer_address: 'String',
      payer_bankaccount: 'String',
      payer_bank: 'String',
      gmt_modified_str: 'String',
      extend_props: 'String',
      gmt_create: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.apply.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceApplyGetOperation = {
  method: 'alibaba.einvoice.apply.get',
  responseRoot: 'alibaba_einvoice_apply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开票申请数据获取接口 — calls TOP method `alibaba.einvoice.apply.get`.
 *
 * ERP获取开票申请数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceApplyGet(
  client: TopClient,
  request: AlibabaEinvoiceApplyGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceApplyGetResponse> {
  return client.call<AlibabaEinvoiceApplyGetResponse>(
    {
      method: 'alibaba.einvoice.apply.get',
      responseRoot: 'alibaba_einvoice_apply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

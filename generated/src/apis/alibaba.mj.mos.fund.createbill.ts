// Generated from specs/mos/alibaba.mj.mos.fund.createbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.mos.fund.createbill` (创建一个付款单). */
export interface AlibabaMjMosFundCreatebillRequest {
  /** 创建付款单入参 */
  bill_dto?: AlibabaMjMosFundCreatebillCreateBillDtoInput;
}

/** Response of `alibaba.mj.mos.fund.createbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMosFundCreatebillResponse {
  /** data */
  data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateBillDto` of `alibaba.mj.mos.fund.createbill`. */
export interface AlibabaMjMosFundCreatebillCreateBillDtoInput {
  /** 结算单列表 */
  settlement_d_t_o_list?: AlibabaMjMosFundCreatebillBillSettlementDtoInput[];
  /** 收款方国家，国际标准的2位简码 */
  payee_country: string;
  /** 支付币种，国际标准的3位简码 */
  currency_code: string;
  /** //BANK("普通银行账号") , //SPECIAL_CN_BANK("专用银行账号"), //ALIPAY("支付宝"), //OTHER("第三方支付") */
  pay_channels: string;
  /** 备注 */
  remark?: string;
  /** 费用发生公司(门店名) */
  expense_org_code: string;
  /** PREPAY(先付款后收票), POSTPAY(先收票后付款), NONE(无票) */
  invoice_rule: string;
  /** 付款期限，即审批通过后几天付款，不填时以业务模块上的配置为准 */
  pay_term?: Int64Input;
  /** 费用发生公司(门店名) */
  expense_org_id?: string;
  /** 业务模块编码 */
  biz_module_code: string;
  /** 附件id列表 */
  attachment_ids?: Int64Input[];
  /** 实际需求方，代理申请时填写实际的需求方 */
  reqment_applicant: string;
  /** //付款单总金额 */
  amount: string;
  /** 是否自动提交审批 */
  auto_sumbit?: boolean;
  /** 单据请求唯一编号，必填 */
  bill_no: string;
  /** 财务初审，如果是免审的单据，填财务工号 */
  finance_pre_work_no: string;
  /** 申请人工号 */
  applicant: string;
  /** 审批通过时间，如果是免审的单据，该字段必填 */
  approve_date?: DateInput;
  /** 扩展 */
  extend_params?: string;
  /** 付款说明，该说明会带到智付的订单上，做为订单说明 */
  comments?: string;
}

/** `BillSettlementDto` of `alibaba.mj.mos.fund.createbill`. */
export interface AlibabaMjMosFundCreatebillBillSettlementDtoInput {
  /** 行号 */
  line_no: string;
  /** 结算单金额 */
  amount: string;
  /** 结算行税率，普票的税率必须是0，专票的税率不能为0 */
  tax_rate: string;
  /** 业务细类代码 */
  biz_sub_module_code: string;
  /** 发票类型 SPECIAL("专票")，ORDINARY("普票") */
  invoice_type?: string;
  /** 供应商id（可空） */
  supplier_no?: string;
  /** 供应商名称（可空 */
  supplier_name?: string;
  /** 收款方开户省 */
  bank_province?: string;
  /** 收款方开户市 */
  bank_city?: string;
  /** 收款方银行账号 */
  account_no: string;
  /** 收款方账号名称 */
  account_name: string;
  /** 银行号 */
  bank_code?: string;
  /** 收款方开户行 */
  bank_name?: string;
  /** 收款方开户支行 */
  bank_branch_name?: string;
  /** 收款方开户支行code */
  bank_branch_code?: string;
  /** 账号类型，COMPANY企业/PERSON个人 */
  account_types: string;
  /** 联行号 */
  cnaps_code: string;
  /** 联系人 */
  contactor?: string;
  /** 联系方式：国际化区号 + 座机/手机 */
  telephone?: string;
  /** 付款说明。该字段会通过银行传给供应商，过长时会自动截取 */
  comments?: string;
  /** 扩展 */
  extend_params?: string;
  /** 发票列表 */
  invoice_d_t_o_list?: AlibabaMjMosFundCreatebillSettleInvoiceDtoInput[];
  /** 受益部门coa */
  department_coa?: string;
  /** 区域科目段 */
  city_coa?: string;
}

/** `SettleInvoiceDto` of `alibaba.mj.mos.fund.createbill`. */
export interface AlibabaMjMosFundCreatebillSettleInvoiceDtoInput {
  /** 发票类型 SPECIAL("专票")，ORDINARY("普票") */
  invoice_type?: string;
  /** 发票行号 */
  invoiceline_no?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 发票不含税金额 */
  excluding_tax_amount?: string;
  /** 结算行税率，普票的税率必须是0 */
  tax_rate?: string;
  /** 税额，普票时填0 */
  tax_amount?: string;
  /** 发票总金额， 必须=excludingTaxAmount+taxAmount */
  amount?: string;
  /** 开票日期 */
  invoice_date?: DateInput;
  /** 扩展 */
  extend_params?: string;
}

const REQUEST_SCHEMA = {
  bill_dto: {
    settlement_d_t_o_list: [
      {
        line_no: 'String',
        amount: 'String',
        tax_rate: 'String',
        biz_sub_module_code: 'String',
        invoice_type: 'String',
        supplier_no: 'String',
        supplier_name: 'String',
        bank_province: 'String',
        bank_city: 'String',
        account_no: 'String',
        account_name: 'String',
        bank_code: 'String',
        bank_name: 'String',
        bank_branch_name: 'String',
        bank_branch_code: 'String',
        account_types: 'String',
        cnaps_code: 'String',
        contactor: 'String',
        telephone: 'String',
        comments: 'String',
        extend_params: 'String',
        invoice_d_t_o_list: [
          {
            invoice_type: 'String',
            invoiceline_no: 'String',
            invoice_no: 'String',
            excluding_tax_amount: 'String',
            tax_rate: 'String',
            tax_amount: 'String',
            amount: 'String',
            invoice_date: 'Date',
            extend_params: 'String',
          },
        ],
        department_coa: 'String',
        city_coa: 'String',
      },
    ],
    payee_country: 'String',
    currency_code: 'String',
    pay_channels: 'String',
    remark: 'String',
    expense_org_code: 'String',
    invoice_rule: 'String',
    pay_term: 'Number',
    expense_org_id: 'String',
    biz_module_code: 'String',
    attachment_ids: ['Number'],
    reqment_applicant: 'String',
    amount: 'String',
    auto_sumbit: 'Boolean',
    bill_no: 'String',
    finance_pre_work_no: 'String',
    applicant: 'String',
    approve_date: 'Date',
    extend_params: 'String',
    comments: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.mos.fund.createbill`: method, response root, request and response schemas. */
export const alibabaMjMosFundCreatebillOperation = {
  method: 'alibaba.mj.mos.fund.createbill',
  responseRoot: 'alibaba_mj_mos_fund_createbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建一个付款单 — calls TOP method `alibaba.mj.mos.fund.createbill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMosFundCreatebill(
  client: TopClient,
  request: AlibabaMjMosFundCreatebillRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjMosFundCreatebillResponse> {
  return client.call<AlibabaMjMosFundCreatebillResponse>(
    {
      method: 'alibaba.mj.mos.fund.createbill',
      responseRoot: 'alibaba_mj_mos_fund_createbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

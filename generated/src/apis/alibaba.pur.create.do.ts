// Generated from specs/pur/alibaba.pur.create.do.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.create.do` (top创建DO/RT接口). */
export interface AlibabaPurCreateDoRequest {
  /** 发货单 */
  delivery_top_d_t_o?: AlibabaPurCreateDoDeliveryTopDTOInput;
}

/** Response of `alibaba.pur.create.do`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurCreateDoResponse {
  /** 返回结果 */
  content_list?: AlibabaPurCreateDoResultTopDto[];
  /** 无 */
  error_level?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryTopDTO` of `alibaba.pur.create.do`. */
export interface AlibabaPurCreateDoDeliveryTopDTOInput {
  /** 业务类型 */
  biz_type: string;
  /** 发货联系人 */
  contact_person?: string;
  /** 创建人 */
  creator?: string;
  /** 发货时间 */
  delivery_date: DateInput;
  /** 配送类型 */
  delivery_type?: string;
  /** 是否涉及配送 */
  distribution?: boolean;
  /** 拓展字段 */
  ext_str?: string;
  /** 发货明细 */
  list?: AlibabaPurCreateDoDeliveryItemTopDTOInput[];
  /** 物流公司 */
  logistics_company?: string;
  /** 物流编号 */
  logistics_number?: string;
  /** 验收材料/税务信息 */
  material_information?: AlibabaPurCreateDoMaterialInformationTopDtoInput[];
  /** 是否免审 */
  no_approval_required?: boolean;
  /** 联系方式 */
  phone_no?: string;
  /** 描述 */
  remark?: string;
  /** 饿了么头id */
  source_id: string;
  /** 来源 */
  source_type?: string;
  /** 租户id */
  tenant_id?: Int64Input;
}

/** `DeliveryItemTopDTO` of `alibaba.pur.create.do`. */
export interface AlibabaPurCreateDoDeliveryItemTopDTOInput {
  /** 收货地址 */
  address_info?: string;
  /** 订单编号 */
  biz_code: string;
  /** 饿了么行id */
  biz_id?: string;
  /** 采购类目 */
  category_code?: string;
  /** 用途code */
  category_use?: string;
  /** 公司code */
  company_code?: string;
  /** 币种 */
  currency_code?: string;
  /** 是否按明细 */
  delivery_by_detail?: boolean;
  /** 发运单位 */
  delivery_unit?: string;
  /** 实际需求方 */
  demander?: string;
  /** 费用归属期间 */
  expense_month?: DateInput;
  /** 费用归属结束时间 */
  expense_month_end?: DateInput;
  /** 费用归属开始时间 */
  expense_month_start?: DateInput;
  /** 拓展字段 */
  ext_str?: string;
  /** 需求说明 */
  item_description?: string;
  /** 订单行id */
  item_id: string;
  /** 物品名称 */
  item_name?: string;
  /** 购买方式,如按数量,按金额 */
  order_type?: string;
  /** 联系方式 */
  phone_no?: string;
  /** 组织id */
  purchase_org_id?: Int64Input;
  /** 发货数量/金额 */
  quantity_delivered: string;
  /** 接收单位 */
  receive_unit?: string;
  /** 接收人 */
  receiver?: string;
  /** 规格属性 */
  specification?: string;
  /** 结算日期（结构化发货才需要） */
  settlement_date?: DateInput;
  /** 供应商id */
  supplier_id?: Int64Input;
  /** 税码 */
  tax_code?: string;
  /** 税率 */
  tax_rate?: string;
  /** 单价 */
  unit_price?: string;
  /** 计价单位 */
  uom?: string;
  /** 结构化信息 */
  structure_item?: string | Record<string, unknown>;
}

/** `MaterialInformationTopDto` of `alibaba.pur.create.do`. */
export interface AlibabaPurCreateDoMaterialInformationTopDtoInput {
  /** 验收材料 */
  acceptance_material_list?: string[];
  /** 订单单号 */
  biz_code?: string;
  /** 电子发票 */
  invoice_file_list?: string[];
  /** gst */
  tax_information_gst_list?: string[];
  /** wht */
  tax_information_wht_list?: string[];
}

/** `ResultTopDto` of `alibaba.pur.create.do`. */
export interface AlibabaPurCreateDoResultTopDto {
  /** 拓展字段 */
  ext_str?: string;
  /** 发货单id */
  id?: Int64;
  /** 行映射关系 */
  id_relation_list?: AlibabaPurCreateDoRelationTopDto[];
  /** 发货单号 */
  number?: string;
}

/** `RelationTopDto` of `alibaba.pur.create.do`. */
export interface AlibabaPurCreateDoRelationTopDto {
  /** 拓展字段 */
  ext_str?: string;
  /** 饿了么行id */
  key?: string;
  /** 生成的发货行id */
  value?: string;
}

const REQUEST_SCHEMA = {
  delivery_top_d_t_o: {
    biz_type: 'String',
    contact_person: 'String',
    creator: 'String',
    delivery_date: 'Date',
    delivery_type: 'String',
    distribution: 'Boolean',
    ext_str: 'String',
    list: [
      {
        address_info: 'String',
        biz_code: 'String',
        biz_id: 'String',
        category_code: 'String',
        category_use: 'String',
        company_code: 'String',
        currency_code: 'String',
        delivery_by_detail: 'Boolean',
        delivery_unit: 'String',
        demander: 'String',
        expense_month: 'Date',
        expense_month_end: 'Date',
        expense_month_start: 'Date',
        ext_str: 'String',
        item_description: 'String',
        item_id: 'String',
        item_name: 'String',
        order_type: 'String',
        phone_no: 'String',
        purchase_org_id: 'Number',
        quantity_delivered: 'String',
        receive_unit: 'String',
        receiver: 'String',
        specification: 'String',
        settlement_date: 'Date',
        supplier_id: 'Number',
        tax_code: 'String',
        tax_rate: 'String',
        unit_price: 'String',
        uom: 'String',
        structure_item: 'Json',
      },
    ],
    logistics_company: 'String',
    logistics_number: 'String',
    material_information: [
      {
        acceptance_material_list: ['String'],
        biz_code: 'String',
        invoice_file_list: ['String'],
        tax_information_gst_list: ['String'],
        tax_information_wht_list: ['String'],
      },
    ],
    no_approval_required: 'Boolean',
    phone_no: 'String',
    remark: 'String',
    source_id: 'String',
    source_type: 'String',
    tenant_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content_list: [
    {
      ext_str: 'String',
      id: 'Number',
      id_relation_list: [
        {
          ext_str: 'String',
          key: 'String',
          value: 'String',
        },
      ],
      number: 'String',
    },
  ],
  error_level: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.create.do`: method, response root, request and response schemas. */
export const alibabaPurCreateDoOperation = {
  method: 'alibaba.pur.create.do',
  responseRoot: 'alibaba_pur_create_do_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * top创建DO/RT接口 — calls TOP method `alibaba.pur.create.do`.
 *
 * 创建发货单,先创建DO，异步创建RT
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurCreateDo(
  client: TopClient,
  request: AlibabaPurCreateDoRequest = {},
  options?: CallOptions,
): Promise<AlibabaPurCreateDoResponse> {
  return client.call<AlibabaPurCreateDoResponse>(
    {
      method: 'alibaba.pur.create.do',
      responseRoot: 'alibaba_pur_create_do_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

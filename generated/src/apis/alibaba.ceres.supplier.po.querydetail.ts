// Generated from specs/pur/alibaba.ceres.supplier.po.querydetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ceres.supplier.po.querydetail` (采购供应商订单明细查询接口). */
export interface AlibabaCeresSupplierPoQuerydetailRequest {
  /** 订单编号 */
  po_no: string;
}

/** Response of `alibaba.ceres.supplier.po.querydetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCeresSupplierPoQuerydetailResponse {
  /** 返回消息体 */
  result?: AlibabaCeresSupplierPoQuerydetailSupplierPoDetailDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierPoDetailDto` of `alibaba.ceres.supplier.po.querydetail`. */
export interface AlibabaCeresSupplierPoQuerydetailSupplierPoDetailDto {
  /** 供应商名称 */
  supplier_name?: string;
  /** 订单编号 */
  po_no?: string;
  /** 联系人 */
  supplier_contact?: string;
  /** 联系人电话 */
  supplier_mobile?: string;
  /** 订单生效日期 */
  effect_time?: string;
  /** 需方 */
  ou_name?: string;
  /** 需方(代号) */
  ou_code?: string;
  /** 合同编号 */
  contract_no?: string;
  /** 采购员姓名 */
  buyer_name?: string;
  /** 采购员电话 */
  buy_mobile?: string;
  /** PR单号 */
  pr_no?: string;
  /** 注意事项 */
  comments?: string;
  /** 订单行列表 */
  po_line_list?: AlibabaCeresSupplierPoQuerydetailPolinelist[];
  /** cpoNo */
  cpo_no?: string;
}

/** `Polinelist` of `alibaba.ceres.supplier.po.querydetail`. */
export interface AlibabaCeresSupplierPoQuerydetailPolinelist {
  /** 物品名称 */
  goods_name?: string;
  /** 规格 */
  description?: string;
  /** 单位 */
  uom?: string;
  /** 数量 */
  quantity?: string;
  /** 税率 */
  tax_rate?: string;
  /** 是否涉及预提所得税 */
  is_wht_related?: string;
  /** 含税单价 */
  tax_price?: string;
  /** 币种 */
  currency_code?: string;
  /** 含税总价 */
  tax_amount?: string;
  /** 收货地址 */
  delivery_location?: string;
  /** 期望交付日期 */
  need_by_date?: string;
  /** 期望交付日期 */
  need_by_date_end?: string;
  /** 收货人 */
  receiver?: string;
  /** 收货人电话 */
  receiver_phone?: string;
  /** 收货人手机 */
  receiver_mobile?: string;
  /** lineNum */
  line_num?: Int64;
  /** additionalInfo */
  additional_info?: string;
  /** 订单行商品报价币种和订单头币种之间的汇率 */
  exchange_rate?: string;
  /** 订单行商品报价币种 */
  goods_currency_code?: string;
  /** BOM节点列表，节点之间使用父节点id维护层级关系 */
  item_list?: AlibabaCeresSupplierPoQuerydetailPolinestructureitemdtolist[];
}

/** `Polinestructureitemdtolist` of `alibaba.ceres.supplier.po.querydetail`. */
export interface AlibabaCeresSupplierPoQuerydetailPolinestructureitemdtolist {
  /** 节点id */
  id?: Int64;
  /** 父节点id，为空则表示该节点是根节点 */
  parent_id?: Int64;
  /** 节点名称 */
  item_name?: string;
  /** ITEM_PRICE：物料价格，BOM_COST：BOM COST，OTHER_COST_TOTAL：其他费用小计，PROFIT_COST：利润，OEM_COST：代工费用，MAINTENANCE_COST：维保费用，LOGISTICS_COST：物流费用，INSTALLATION_COST：上架安装费用，TARIFF_TAX：关税税费，SALES_TAX：销售税税费，VAT_TAX：增值税税费 */
  cost_type?: string;
  /** 计价单位 */
  charge_unit?: string;
  /** 单价 */
  unit_price?: string;
  /** 单价币种 */
  unit_currency?: string;
  /** 金额 */
  amount?: string;
  /** 金额币种 */
  currency?: string;
  /** 汇率 */
  exchange_rate?: string;
  /** 数量 */
  quantity?: string;
  /** 参数 */
  expense_param?: string;
}

const REQUEST_SCHEMA = {
  po_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    supplier_name: 'String',
    po_no: 'String',
    supplier_contact: 'String',
    supplier_mobile: 'String',
    effect_time: 'Date',
    ou_name: 'String',
    ou_code: 'String',
    contract_no: 'String',
    buyer_name: 'String',
    buy_mobile: 'String',
    pr_no: 'String',
    comments: 'String',
    po_line_list: [
      {
        goods_name: 'String',
        description: 'String',
        uom: 'String',
        quantity: 'String',
        tax_rate: 'String',
        is_wht_related: 'String',
        tax_price: 'String',
        currency_code: 'String',
        tax_amount: 'String',
        delivery_location: 'String',
        need_by_date: 'String',
        need_by_date_end: 'String',
        receiver: 'String',
        receiver_phone: 'String',
        receiver_mobile: 'String',
        line_num: 'Number',
        additional_info: 'String',
        exchange_rate: 'String',
        goods_currency_code: 'String',
        item_list: [
          {
            id: 'Number',
            parent_id: 'Number',
            item_name: 'String',
            cost_type: 'String',
            charge_unit: 'String',
            unit_price: 'String',
            unit_currency: 'String',
            amount: 'String',
            currency: 'String',
            exchange_rate: 'String',
            quantity: 'String',
            expense_param: 'String',
          },
        ],
      },
    ],
    cpo_no: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ceres.supplier.po.querydetail`: method, response root, request and response schemas. */
export const alibabaCeresSupplierPoQuerydetailOperation = {
  method: 'alibaba.ceres.supplier.po.querydetail',
  responseRoot: 'alibaba_ceres_supplier_po_querydetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 采购供应商订单明细查询接口 — calls TOP method `alibaba.ceres.supplier.po.querydetail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCeresSupplierPoQuerydetail(
  client: TopClient,
  request: AlibabaCeresSupplierPoQuerydetailRequest,
  options?: CallOptions,
): Promise<AlibabaCeresSupplierPoQuerydetailResponse> {
  return client.call<AlibabaCeresSupplierPoQuerydetailResponse>(
    {
      method: 'alibaba.ceres.supplier.po.querydetail',
      responseRoot: 'alibaba_ceres_supplier_po_querydetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

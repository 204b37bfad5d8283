// Generated from specs/pur/alibaba.pur.supplier.asncreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.supplier.asncreate` (asn创建). */
export interface AlibabaPurSupplierAsncreateRequest {
  /** asn头信息 */
  asn?: AlibabaPurSupplierAsncreateSupplierAsnInfoVOInput;
}

/** Response of `alibaba.pur.supplier.asncreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurSupplierAsncreateResponse {
  /** 获取url的出参 */
  result?: AlibabaPurSupplierAsncreateActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierAsnInfoVO` of `alibaba.pur.supplier.asncreate`. */
export interface AlibabaPurSupplierAsncreateSupplierAsnInfoVOInput {
  /** asn行信息 */
  asn_item_list?: AlibabaPurSupplierAsncreateSupplierAsnItemInput[];
  /** 关闭原因 */
  close_reason?: string;
  /** asn状态 */
  status?: string;
  /** asn备注 */
  remark?: string;
  /** 实际签收人 */
  received_by?: string;
  /** 签收人 */
  receipient?: string;
  /** 国际贸易交付地点 */
  consignee_address?: string;
  /** 国内交付地点 */
  delivery_address?: string;
  /** 签收方 */
  consignee?: string;
  /** 木箱号 */
  cass?: string;
  /** 集装箱号 */
  container_no?: string;
  /** 装箱单号 */
  packing_list_no?: string;
  /** 国际贸易术语 */
  incoterms?: string;
  /** 物流单号 */
  tracking_num?: string;
  /** 承运方联系电话 */
  carrier_contact_phone?: string;
  /** 承运方联系邮箱 */
  carrier_contact_email?: string;
  /** 承运方联系人 */
  carrier_contact?: string;
  /** 承运人 */
  carrier?: string;
  /** 配送方式 */
  shipment_type?: string;
  /** 实际发货日期 */
  actual_arrival_date?: DateInput;
  /** 预计到货日期 */
  estimated_arrival_date?: DateInput;
  /** 采购组织代码 */
  demander_purchase_org_code?: string;
  /** Ou代码 */
  ou_code: string;
  /** 供应商名称 */
  supplier_name: string;
  /** 供应商编码 */
  supplier_code: string;
}

/** `SupplierAsnItem` of `alibaba.pur.supplier.asncreate`. */
export interface AlibabaPurSupplierAsncreateSupplierAsnItemInput {
  /** 关闭原因 */
  line_close_reason?: string;
  /** asn行状态 */
  line_status?: string;
  /** asn行备注 */
  line_remark?: string;
  /** 木箱号 */
  cass?: string;
  /** 集装箱号 */
  container_no?: string;
  /** 装箱单号 */
  packing_list_no?: string;
  /** 发货金额 */
  delivery_amount?: string;
  /** 发货数量 */
  delivery_qty?: string;
  /** 购买方式 */
  procurement_method?: string;
  /** 发货批次号 */
  shipping_batch_no: string;
  /** asn来源订单行号 */
  source_po_line_num?: string;
  /** asn来源订单号 */
  source_po_no?: string;
  /** 根据订单发货标识 */
  is_po_source: string;
  /** asn单行编号 */
  asn_line_num: string;
  /** 延期原因 */
  delay_reason?: string;
}

/** `ActionResult` of `alibaba.pur.supplier.asncreate`. */
export interface AlibabaPurSupplierAsncreateActionResult {
  /** 返回内容 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  asn: {
    asn_item_list: [
      {
        line_close_reason: 'String',
        line_status: 'String',
        line_remark: 'String',
        cass: 'String',
        container_no: 'String',
        packing_list_no: 'String',
        delivery_amount: 'String',
        delivery_qty: 'String',
        procurement_method: 'String',
        shipping_batch_no: 'String',
        source_po_line_num: 'String',
        source_po_no: 'String',
        is_po_source: 'String',
        asn_line_num: 'String',
        delay_reason: 'String',
      },
    ],
    close_reason: 'String',
    status: 'String',
    remark: 'String',
    received_by: 'String',
    receipient: 'String',
    consignee_address: 'String',
    delivery_address: 'String',
    consignee: 'String',
    cass: 'String',
    container_no: 'String',
    packing_list_no: 'String',
    incoterms: 'String',
    tracking_num: 'String',
    carrier_contact_phone: 'String',
    carrier_contact_email: 'String',
    carrier_contact: 'String',
    carrier: 'String',
    shipment_type: 'String',
    actual_arrival_date: 'Date',
    estimated_arrival_date: 'Date',
    demander_purchase_org_code: 'String',
    ou_code: 'String',
    supplier_name: 'String',
    supplier_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.supplier.asncreate`: method, response root, request and response schemas. */
export const alibabaPurSupplierAsncreateOperation = {
  method: 'alibaba.pur.supplier.asncreate',
  responseRoot: 'alibaba_pur_supplier_asncreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * asn创建 — calls TOP method `alibaba.pur.supplier.asncreate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurSupplierAsncreate(
  client: TopClient,
  request: AlibabaPurSupplierAsncreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaPurSupplierAsncreateResponse> {
  return client.call<AlibabaPurSupplierAsncreateResponse>(
    {
      method: 'alibaba.pur.supplier.asncreate',
      responseRoot: 'alibaba_pur_supplier_asncreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

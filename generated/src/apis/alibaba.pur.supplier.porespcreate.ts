// Generated from specs/pur/alibaba.pur.supplier.porespcreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.supplier.porespcreate` (po反馈创建). */
export interface AlibabaPurSupplierPorespcreateRequest {
  /**
   * PO反馈信息
   *
   * Max list size: 20
   */
  po_response?: AlibabaPurSupplierPorespcreateSupplierPoResponseDOInput[];
}

/** Response of `alibaba.pur.supplier.porespcreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurSupplierPorespcreateResponse {
  /** 获取url的出参 */
  result?: AlibabaPurSupplierPorespcreateActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierPoResponseDO` of `alibaba.pur.supplier.porespcreate`. */
export interface AlibabaPurSupplierPorespcreateSupplierPoResponseDOInput {
  /** po头编号 */
  po_no?: string;
  /** po行编号 */
  po_line_num?: string;
  /** 购买方式 */
  procurement_method?: string;
  /** 延误原因 */
  delay_reason?: string;
  /** 发货金额 */
  delivery_amount?: string;
  /** 产能计划代码 */
  capacity_record_no?: string;
  /** 备注 */
  remark?: string;
  /** 反馈类型 */
  response_type: string;
  /** 预计到货日期 */
  estimated_arrival_date?: DateInput;
  /** 生产周期 */
  production_period?: string;
  /** 采购组织 */
  demander_purchase_org_code?: string;
  /** 发货数量 */
  delivery_qty?: string;
  /** 实际发货日期 */
  actual_arrival_date?: DateInput;
  /** 供应商编码 */
  supplier_code: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** 项目代码 */
  project_code?: string;
  /** 供应商ou代码 */
  ou_code: string;
  /** 发货批次号 */
  delivery_batch_no: string;
  /** 反馈状态 */
  status: string;
}

/** `ActionResult` of `alibaba.pur.supplier.porespcreate`. */
export interface AlibabaPurSupplierPorespcreateActionResult {
  /** 内容 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  po_response: [
    {
      po_no: 'String',
      po_line_num: 'String',
      procurement_method: 'String',
      delay_reason: 'String',
      delivery_amount: 'String',
      capacity_record_no: 'String',
      remark: 'String',
      response_type: 'String',
      estimated_arrival_date: 'Date',
      production_period: 'String',
      demander_purchase_org_code: 'String',
      delivery_qty: 'String',
      actual_arrival_date: 'Date',
      supplier_code: 'String',
      supplier_name: 'String',
      project_code: 'String',
      ou_code: 'String',
      delivery_batch_no: 'String',
      status: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.supplier.porespcreate`: method, response root, request and response schemas. */
export const alibabaPurSupplierPorespcreateOperation = {
  method: 'alibaba.pur.supplier.porespcreate',
  responseRoot: 'alibaba_pur_supplier_porespcreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * po反馈创建 — calls TOP method `alibaba.pur.supplier.porespcreate`.
 *
 * PO反馈接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurSupplierPorespcreate(
  client: TopClient,
  request: AlibabaPurSupplierPorespcreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaPurSupplierPorespcreateResponse> {
  return client.call<AlibabaPurSupplierPorespcreateResponse>(
    {
      method: 'alibaba.pur.supplier.porespcreate',
      responseRoot: 'alibaba_pur_supplier_porespcreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

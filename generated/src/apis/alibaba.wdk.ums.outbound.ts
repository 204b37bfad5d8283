// Generated from specs/wdk/alibaba.wdk.ums.outbound.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.outbound` (出库-ERP下发单(新接口，包含调拨出库单和退货出库单等)). */
export interface AlibabaWdkUmsOutboundRequest {
  /** 出库-ERP下发单请求dto */
  erp_output_order_dto: AlibabaWdkUmsOutboundErpOutputOrderDtoInput;
}

/** Response of `alibaba.wdk.ums.outbound`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsOutboundResponse {
  /** result */
  result?: AlibabaWdkUmsOutboundUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ErpOutputOrderDto` of `alibaba.wdk.ums.outbound`. */
export interface AlibabaWdkUmsOutboundErpOutputOrderDtoInput {
  /** 出库时间，商家系统中记录的本批次商品的实际退货出库时间 */
  biz_date: DateInput;
  /** 单据号 */
  biz_order_code: string;
  /** 单据类型，出库接口的单据类型包括退货单和调拨出单(1：退货单； 2：调拨出单) */
  biz_type: Int64Input;
  /** 商品明细列表（子表） */
  output_item_infos: AlibabaWdkUmsOutboundOutputItemInfoDtoInput[];
  /** 备注 */
  remark?: string;
  /** 单据子类型，出库单据类型为退货单时，需要进一步区分子类型为退供应商和退大仓（DC）(1：退供应商 2：退大仓 ) */
  sub_type?: Int64Input;
  /** 供应商code，可选值：当是退给供应商时，提供供应商编码；当是退给大仓时，提供大仓编码；当是调拨出库时，提供对方门店编码 */
  supplier_code: string;
  /** 店仓code，指的是出库对象，对应一个物理店或仓编码 */
  warehouse_code: string;
}

/** `OutputItemInfoDto` of `alibaba.wdk.ums.outbound`. */
export interface AlibabaWdkUmsOutboundOutputItemInfoDtoInput {
  /** 数量 */
  count: string;
  /** 部门code，该商品所属的部门编码 */
  dept_code: string;
  /** 库存单位 */
  inventory_unit: string;
  /** 商品code，盒马系统中的商品编码 */
  item_code: string;
  /** 商品价格，单位为分 */
  price: string;
  /** 原因 */
  reason?: string;
  /** 备注 */
  remark?: string;
  /** 规格 */
  spec: string;
  /** 采购单位 */
  unit: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.outbound`. */
export interface AlibabaWdkUmsOutboundUtmsResult {
  /** code */
  code?: string;
  /** model */
  model?: boolean;
  /** msg */
  msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  erp_output_order_dto: {
    biz_date: 'Date',
    biz_order_code: 'String',
    biz_type: 'Number',
    output_item_infos: [
      {
        count: 'String',
        dept_code: 'String',
        inventory_unit: 'String',
        item_code: 'String',
        price: 'String',
        reason: 'String',
        remark: 'String',
        spec: 'String',
        unit: 'String',
      },
    ],
    remark: 'String',
    sub_type: 'Number',
    supplier_code: 'String',
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    model: 'Boolean',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.outbound`: method, response root, request and response schemas. */
export const alibabaWdkUmsOutboundOperation = {
  method: 'alibaba.wdk.ums.outbound',
  responseRoot: 'alibaba_wdk_ums_outbound_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出库-ERP下发单(新接口，包含调拨出库单和退货出库单等) — calls TOP method `alibaba.wdk.ums.outbound`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsOutbound(
  client: TopClient,
  request: AlibabaWdkUmsOutboundRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsOutboundResponse> {
  return client.call<AlibabaWdkUmsOutboundResponse>(
    {
      method: 'alibaba.wdk.ums.outbound',
      responseRoot: 'alibaba_wdk_ums_outbound_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

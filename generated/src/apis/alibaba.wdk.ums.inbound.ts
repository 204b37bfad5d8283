// Generated from specs/wdk/alibaba.wdk.ums.inbound.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.inbound` (入库-ERP下发单). */
export interface AlibabaWdkUmsInboundRequest {
  /** 1 */
  erp_arrivalnotice_dto: AlibabaWdkUmsInboundErpArrivalNoticeDtoInput;
}

/** Response of `alibaba.wdk.ums.inbound`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsInboundResponse {
  /** result */
  result?: AlibabaWdkUmsInboundUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ErpArrivalNoticeDto` of `alibaba.wdk.ums.inbound`. */
export interface AlibabaWdkUmsInboundErpArrivalNoticeDtoInput {
  /** 选填(单据子类型为送货单时为必填) 原始单据号，单据类型为采配单，子类型为送货单时，需要提供原始配货申请单据号 */
  original_bill_code?: string;
  /** 供应商code，可选值：当是供应商供货时，提供供应商编码；当是大仓供货时，提供大仓编码；当是调拨入库时，提供对方门店编码 */
  supplier_code: string;
  /** 失效日期，到货通知单中规定的收货入库时限 */
  invalid_date: DateInput;
  /** 单据号 */
  biz_order_code: string;
  /** 单据类型，入库接口的单据类型包括采配单和调拨入单(1 采购单(供应商)； 2 送货单(DC) ； 其他情况默认为0) */
  biz_order_type: Int64Input;
  /** 店仓code，指的是入库对象，对应一个物理店或仓编码 */
  warehouse_code: string;
  /** 选填（单据类型为采配单时为必填）单据子类型，入库单据类型为采配单时，需要进一步区分子类型为采购单（供应商）和送货单（DC） */
  sub_order_type?: Int64Input;
  /** 联系方式，门店联系电话，可以是移动电话 */
  contact_info?: string;
  /** 1 */
  item_list: AlibabaWdkUmsInboundErpArrivalNoticeDetailDtoInput[];
  /** 入库时间，商家系统中记录的本批次商品的实际入库时间 */
  arrival_date: DateInput;
  /** 如部分商品不存在，是否允许其他商品入库(1：允许，其他：不允许) */
  bypass: Int64Input;
}

/** `ErpArrivalNoticeDetailDto` of `alibaba.wdk.ums.inbound`. */
export interface AlibabaWdkUmsInboundErpArrivalNoticeDetailDtoInput {
  /** 采购单位 */
  unit: string;
  /** 库存单位 */
  inventory_unit: string;
  /** 规格 */
  spec: string;
  /** 部门code，该商品所属的部门编码 */
  dept_code: string;
  /** 1 */
  price?: string;
  /** 库存单位 */
  plan_package_quantity: string;
  /** 数量 */
  count: string;
  /** 生产日期： 1、 基础规则：生产日期不得超过或等于今日； 2、 商品未设置保质期管理的，生产日期为可选项，UMS存储但不校验禁收时限： a) 单据传输中提供了生产日期的，按单据生产日期通过收货； b) 单据传输中未提供生产日期的，不存储生产日期通过收货； 3、 商品已设置保质期管理的，并且已经设置了禁收时限的： a) 单据传输中提供了生产日期的，校验是否符合禁收时限，通过收货，不通过整单不收货； b) 单据传输中未提供生产日期的，按生产日期＝入库时间－禁收时限，通过收货； 4、 商品已设置保质期管理的，但未设置禁收时限的： a) 单据传输中提供了生产日期的，按单据生产日期，通过收货； b) 单据传输中未提供生产日期的，按生产日期＝入库时间－1（天），通过收货。 */
  produce_date?: DateInput;
  /** 商品条码 */
  bar_code?: string;
  /** 商品code，盒马系统中的商品编码 */
  item_code: string;
  /** 可指定库位，可空（按照需求附值） */
  cabinet_code?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.inbound`. */
export interface AlibabaWdkUmsInboundUtmsResult {
  /** model */
  model?: boolean;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  erp_arrivalnotice_dto: {
    original_bill_code: 'String',
    supplier_code: 'String',
    invalid_date: 'Date',
    biz_order_code: 'String',
    biz_order_type: 'Number',
    warehouse_code: 'String',
    sub_order_type: 'Number',
    contact_info: 'String',
    item_list: [
      {
        unit: 'String',
        inventory_unit: 'String',
        spec: 'String',
        dept_code: 'String',
        price: 'String',
        plan_package_quantity: 'String',
        count: 'String',
        produce_date: 'Date',
        bar_code: 'String',
        item_code: 'String',
        cabinet_code: 'String',
      },
    ],
    arrival_date: 'Date',
    bypass: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    success: 'Boolean',
    msg: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.inbound`: method, response root, request and response schemas. */
export const alibabaWdkUmsInboundOperation = {
  method: 'alibaba.wdk.ums.inbound',
  responseRoot: 'alibaba_wdk_ums_inbound_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 入库-ERP下发单 — calls TOP method `alibaba.wdk.ums.inbound`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsInbound(
  client: TopClient,
  request: AlibabaWdkUmsInboundRequest,
  options?: CallOptions,
): Promise<AlibabaWdkUmsInboundResponse> {
  return client.call<AlibabaWdkUmsInboundResponse>(
    {
      method: 'alibaba.wdk.ums.inbound',
      responseRoot: 'alibaba_wdk_ums_inbound_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

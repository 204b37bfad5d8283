// Generated from specs/ascp/alibaba.dchain.aoxiang.wms.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.wms.order.cancel` (回传发货单取消通知). */
export interface AlibabaDchainAoxiangWmsOrderCancelRequest {
  /** 单据取消回传上报请求 */
  order_cancel_report_request: AlibabaDchainAoxiangWmsOrderCancelOrderCancelReportRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.wms.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangWmsOrderCancelResponse {
  /** 回传结果 */
  order_cancel_report_response?: AlibabaDchainAoxiangWmsOrderCancelOrderCancelReportResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCancelReportRequest` of `alibaba.dchain.aoxiang.wms.order.cancel`. */
export interface AlibabaDchainAoxiangWmsOrderCancelOrderCancelReportRequestInput {
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouse_code: string;
  /** 货主编码 */
  owner_code: string;
  /** 单据编码 */
  order_code: string;
  /** 仓储系统单据编码 */
  order_id?: string;
  /** 单据类型(JYCK=一般交易出库单;HHCK= 换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;B2BRK=B2B入库;B2BCK=B2B出库;QTCK=其他出库;SCRK=生产入库;LYRK=领用入库;CCRK=残次品入库;CGRK=采购入库;DBRK= 调拨入库;QTRK=其他入库;XTRK= 销退入库;THRK=退货入库;HHRK= 换货入库;CNJG= 仓内加工单;CGTH=采购退货出库单) */
  order_type?: string;
  /** 取消原因 */
  cancel_reason?: string;
  /** 扩展属性 */
  extend_props?: string;
  /** 交易平台子订单信息 */
  sub_source_orders?: AlibabaDchainAoxiangWmsOrderCancelSubSourceOrderInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 业务请求时间（时间戳） */
  request_time: Int64Input;
}

/** `SubSourceOrder` of `alibaba.dchain.aoxiang.wms.order.cancel`. */
export interface AlibabaDchainAoxiangWmsOrderCancelSubSourceOrderInput {
  /** 交易平台子订单编码 */
  sub_source_order_code?: string;
}

/** `OrderCancelReportResponse` of `alibaba.dchain.aoxiang.wms.order.cancel`. */
export interface AlibabaDchainAoxiangWmsOrderCancelOrderCancelReportResponse {
  /** traceId，类似于requestId */
  trace_id?: string;
  /** 返回码 */
  code?: string;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  order_cancel_report_request: {
    warehouse_code: 'String',
    owner_code: 'String',
    order_code: 'String',
    order_id: 'String',
    order_type: 'String',
    cancel_reason: 'String',
    extend_props: 'String',
    sub_source_orders: [
      {
        sub_source_order_code: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_cancel_report_response: {
    trace_id: 'String',
    code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.wms.order.cancel`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangWmsOrderCancelOperation = {
  method: 'alibaba.dchain.aoxiang.wms.order.cancel',
  responseRoot: 'alibaba_dchain_aoxiang_wms_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传发货单取消通知 — calls TOP method `alibaba.dchain.aoxiang.wms.order.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangWmsOrderCancel(
  client: TopClient,
  request: AlibabaDchainAoxiangWmsOrderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangWmsOrderCancelResponse> {
  return client.call<AlibabaDchainAoxiangWmsOrderCancelResponse>(
    {
      method: 'alibaba.dchain.aoxiang.wms.order.cancel',
      responseRoot: 'alibaba_dchain_aoxiang_wms_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/qimen/taobao.qimen.transferorder.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.transferorder.report` (调拨单通知). */
export interface TaobaoQimenTransferorderReportRequest {
  request?: TaobaoQimenTransferorderReportStructInput;
}

/** Response of `taobao.qimen.transferorder.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTransferorderReportResponse {
  response?: TaobaoQimenTransferorderReportStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `taobao.qimen.transferorder.report`. */
export interface TaobaoQimenTransferorderReportStructInput {
  /** 调拨单号,0,string(50),必填, */
  transferOrderCode?: string;
  /** 调拨出库单号 */
  transferOutOrderCode?: string;
  /** 调拨入库单号 */
  transferInOrderCode?: string;
  /** 确认出库时间 */
  confirmOutTime?: string;
  /** 确认入库时间 */
  confirmInTime?: string;
  /** 调拨单创建时间 */
  createTime?: string;
  /** 调拨出库仓编码 */
  fromWarehouseCode?: string;
  /** 调拨入库仓编码 */
  toWarehouseCode?: string;
  /** 111 */
  ownerCode?: string;
  /** erpOrderCode */
  erpOrderCode?: string;
  /** orderStatus */
  orderStatus?: string;
  /** 项目集 */
  items?: TaobaoQimenTransferorderReportItemsInput[];
}

/** `Items` of `taobao.qimen.transferorder.report`. */
export interface TaobaoQimenTransferorderReportItemsInput {
  /** 货品编码,HZ1234,string(50),, */
  scItemCode?: string;
  /** 库存类型(1:可销售库存.101:残次),HZ1234,string(500),, */
  inventoryType?: string;
  /** 实际出库数量,Item1234,string(50),, */
  outCount?: string;
  /** 实际出库数量,Item1234,string(50),, */
  inCount?: string;
  /** 计划调拨数量 */
  planCount?: string;
}

/** `Struct` of `taobao.qimen.transferorder.report`. */
export interface TaobaoQimenTransferorderReportStruct {
  /** 响应结果:success|failure,success,string(10),必填, */
  flag?: string;
  /** 响应码,0,string(50),, */
  code?: string;
  /** 响应信息,invalid appkey,string(100),, */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    transferOrderCode: 'String',
    transferOutOrderCode: 'String',
    transferInOrderCode: 'String',
    confirmOutTime: 'String',
    confirmInTime: 'String',
    createTime: 'String',
    fromWarehouseCode: 'String',
    toWarehouseCode: 'String',
    ownerCode: 'String',
    erpOrderCode: 'String',
    orderStatus: 'String',
    items: [
      {
        scItemCode: 'String',
        inventoryType: 'String',
        outCount: 'String',
        inCount: 'String',
        planCount: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.transferorder.report`: method, response root, request and response schemas. */
export const taobaoQimenTransferorderReportOperation = {
  method: 'taobao.qimen.transferorder.report',
  responseRoot: 'qimen_transferorder_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 调拨单通知 — calls TOP method `taobao.qimen.transferorder.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTransferorderReport(
  client: TopClient,
  request: TaobaoQimenTransferorderReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenTransferorderReportResponse> {
  return client.call<TaobaoQimenTransferorderReportResponse>(
    {
      method: 'taobao.qimen.transferorder.report',
      responseRoot: 'qimen_transferorder_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

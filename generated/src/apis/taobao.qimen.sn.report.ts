// Generated from specs/qimen/taobao.qimen.sn.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.sn.report` (发货单SN通知接口). */
export interface TaobaoQimenSnReportRequest {
  request?: TaobaoQimenSnReportSnReportRequestInput;
}

/** Response of `taobao.qimen.sn.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenSnReportResponse {
  response?: TaobaoQimenSnReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SnReportRequest` of `taobao.qimen.sn.report`. */
export interface TaobaoQimenSnReportSnReportRequestInput {
  /** 总页数 */
  totalPage: Int64Input;
  /** 当前页(从1开始) */
  currentPage: Int64Input;
  /** 每页记录的条数 */
  pageSize: Int64Input;
  /** 发货单信息 */
  deliveryOrder?: TaobaoQimenSnReportDeliveryOrderInput;
  /** 商品列表 */
  items?: TaobaoQimenSnReportItemInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `DeliveryOrder` of `taobao.qimen.sn.report`. */
export interface TaobaoQimenSnReportDeliveryOrderInput {
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 仓储系统出库单号 */
  deliveryOrderId?: string;
  /** 仓库编码 */
  warehouseCode: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 出库单类型(JYCK=一般交易出库;HHCK=换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;QTCK=其他出 库;B2BCK=B2B出库) */
  orderType: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求不会 被重复处理;条件必填;条件为一单需要多次确认时) */
  outBizCode?: string;
}

/** `Item` of `taobao.qimen.sn.report`. */
export interface TaobaoQimenSnReportItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 商品序列号 */
  sn: string;
}

/** `Response` of `taobao.qimen.sn.report`. */
export interface TaobaoQimenSnReportResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    totalPage: 'Number',
    currentPage: 'Number',
    pageSize: 'Number',
    deliveryOrder: {
      deliveryOrderCode: 'String',
      deliveryOrderId: 'String',
      warehouseCode: 'String',
      ownerCode: 'String',
      orderType: 'String',
      outBizCode: 'String',
    },
    items: [
      {
        itemCode: 'String',
        itemId: 'String',
        sn: 'String',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.sn.report`: method, response root, request and response schemas. */
export const taobaoQimenSnReportOperation = {
  method: 'taobao.qimen.sn.report',
  responseRoot: 'qimen_sn_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单SN通知接口 — calls TOP method `taobao.qimen.sn.report`.
 *
 * WMS调用奇门的接口,在仓库出库单后, 把SN信息回传给ERP
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenSnReport(
  client: TopClient,
  request: TaobaoQimenSnReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenSnReportResponse> {
  return client.call<TaobaoQimenSnReportResponse>(
    {
      method: 'taobao.qimen.sn.report',
      responseRoot: 'qimen_sn_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/qimen/taobao.qimen.orderprocess.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.orderprocess.query` (订单流水查询接口). */
export interface TaobaoQimenOrderprocessQueryRequest {
  request?: TaobaoQimenOrderprocessQueryOrderProcessQueryRequestInput;
}

/** Response of `taobao.qimen.orderprocess.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderprocessQueryResponse {
  response?: TaobaoQimenOrderprocessQueryOrderProcessQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderProcessQueryRequest` of `taobao.qimen.orderprocess.query`. */
export interface TaobaoQimenOrderprocessQueryOrderProcessQueryRequestInput {
  /** 单据类型(JYCK=一般交易出库单;HHCK=换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;QTCK=其他出库;B2BRK=B2B入库;B2BCK=B2B出库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入库;XTRK=销退入库;HHRK=换货入库;CNJG=仓内加工单) */
  orderType?: string;
  /** 单据号 */
  orderCode: string;
  /** 仓储系统单据号 */
  orderId?: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
  /** 交易单号 */
  orderSourceCode?: string;
  /** 货主编码 */
  ownerCode?: string;
}

/** `OrderProcessQueryResponse` of `taobao.qimen.orderprocess.query`. */
export interface TaobaoQimenOrderprocessQueryOrderProcessQueryResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 订单处理流程 */
  orderProcess?: TaobaoQimenOrderprocessQueryOrderProcess;
}

/** `OrderProcess` of `taobao.qimen.orderprocess.query`. */
export interface TaobaoQimenOrderprocessQueryOrderProcess {
  /** 单据号 */
  orderCode?: string;
  /** 仓储系统单据号 */
  orderId?: string;
  /** 单据类型(JYCK=一般交易出库单;HHCK=换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;QTCK=其他出库;B2BRK=B2B入库;B2BCK=B2B出库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入库;XTRK=销退入库;HHRK=换货入库;CNJG=仓内加工单) */
  orderType?: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 处理流程 */
  processes?: TaobaoQimenOrderprocessQueryProcess[];
}

/** `Process` of `taobao.qimen.orderprocess.query`. */
export interface TaobaoQimenOrderprocessQueryProcess {
  /** 单据状态(NEW=新增;ACCEPT=仓库接单;PRINT=打印;PICK=捡货;CHECK=复核;PACKAGE=打包;WEIGH=称重;READY=待提货;DELIVERED=已发货;EXCEPTION=异常;CLOSED=关闭;CANCELED=取消;REJECT=仓库拒单;REFUSE=客户拒签;CANCELEDFAIL=取消失败;SIGN=签收;TMSCANCELED=快递拦截;PARTFULFILLED=部分收货完成;FULFILLED=收货完成;PARTDELIVERED=部分发货完成;OTHER=其他;只传英文编码) */
  processStatus?: string;
  /** 该状态操作员编码 */
  operatorCode?: string;
  /** 该状态操作员姓名 */
  operatorName?: string;
  /** 该状态操作时间(YYYY-MM-DD HH:MM:SS) */
  operateTime?: string;
  /** 操作内容 */
  operateInfo?: string;
  /** 备注 */
  remark?: string;
}

const REQUEST_SCHEMA = {
  request: {
    orderType: 'String',
    orderCode: 'String',
    orderId: 'String',
    warehouseCode: 'String',
    extendProps: 'Json',
    remark: 'String',
    orderSourceCode: 'String',
    ownerCode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    orderProcess: {
      orderCode: 'String',
      orderId: 'String',
      orderType: 'String',
      warehouseCode: 'String',
      processes: [
        {
          processStatus: 'String',
          operatorCode: 'String',
          operatorName: 'String',
          operateTime: 'String',
          operateInfo: 'String',
          remark: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.orderprocess.query`: method, response root, request and response schemas. */
export const taobaoQimenOrderprocessQueryOperation = {
  method: 'taobao.qimen.orderprocess.query',
  responseRoot: 'qimen_orderprocess_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单流水查询接口 — calls TOP method `taobao.qimen.orderprocess.query`.
 *
 * ERP调用订单流水查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderprocessQuery(
  client: TopClient,
  request: TaobaoQimenOrderprocessQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderprocessQueryResponse> {
  return client.call<TaobaoQimenOrderprocessQueryResponse>(
    {
      method: 'taobao.qimen.orderprocess.query',
      responseRoot: 'qimen_orderprocess_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/qimen/taobao.qimen.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.order.query` (根据收件人信息查询交易单号接口). */
export interface TaobaoQimenOrderQueryRequest {
  /** request */
  request?: TaobaoQimenOrderQueryRequestInput;
}

/** Response of `taobao.qimen.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderQueryResponse {
  /** 响应 */
  response?: TaobaoQimenOrderQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.order.query`. */
export interface TaobaoQimenOrderQueryRequestInput {
  /** 姓名, string (50) , 必填 */
  name?: string;
  /** 开始时间, string (19) , YYYY-MM-DD HH:MM:SS */
  startTime?: string;
  /** 结束时间, string (19) , YYYY-MM-DD HH:MM:SS */
  endTime?: string;
  /** 固定电话, string (50) */
  tel?: string;
  /** 移动电话, string (50) , 必填 */
  mobile?: string;
  /** 1001，客服咨询；1002，售后服务 */
  scene?: string;
}

/** `Response` of `taobao.qimen.order.query`. */
export interface TaobaoQimenOrderQueryResponse2 {
  /** success|failure，必填 */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 订单列表 */
  orderLines?: TaobaoQimenOrderQueryOrderLines;
}

/** `OrderLines` of `taobao.qimen.order.query`. */
export interface TaobaoQimenOrderQueryOrderLines {
  /** 订单详情 */
  orderLine?: TaobaoQimenOrderQueryOrderLine;
}

/** `OrderLine` of `taobao.qimen.order.query`. */
export interface TaobaoQimenOrderQueryOrderLine {
  /** 出库单号, string (50) , 必填 */
  deliveryOrderCode?: string;
}

const REQUEST_SCHEMA = {
  request: {
    name: 'String',
    startTime: 'String',
    endTime: 'String',
    tel: 'String',
    mobile: 'String',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    orderLines: {
      orderLine: {
        deliveryOrderCode: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.order.query`: method, response root, request and response schemas. */
export const taobaoQimenOrderQueryOperation = {
  method: 'taobao.qimen.order.query',
  responseRoot: 'qimen_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据收件人信息查询交易单号接口 — calls TOP method `taobao.qimen.order.query`.
 *
 * WMS 调用该接口，根据收件人信息查询平台交易订单号。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderQuery(
  client: TopClient,
  request: TaobaoQimenOrderQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderQueryResponse> {
  return client.call<TaobaoQimenOrderQueryResponse>(
    {
      method: 'taobao.qimen.order.query',
      responseRoot: 'qimen_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

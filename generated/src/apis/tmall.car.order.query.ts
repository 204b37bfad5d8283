// Generated from specs/tmallcar/tmall.car.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.order.query` (天猫汽车整车订单查询). */
export interface TmallCarOrderQueryRequest {
  /** 入参 */
  top_order_query?: TmallCarOrderQueryTopOrderQueryInput;
}

/** Response of `tmall.car.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarOrderQueryResponse {
  /** 分页结果 */
  result?: TmallCarOrderQueryPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopOrderQuery` of `tmall.car.order.query`. */
export interface TmallCarOrderQueryTopOrderQueryInput {
  /** 当前页 */
  page_no?: Int64Input;
  /** 每页个数 */
  page_size?: Int64Input;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 订单号 */
  order_id?: Int64Input;
}

/** `PageResult` of `tmall.car.order.query`. */
export interface TmallCarOrderQueryPageResult {
  /** 返回数据 */
  models?: TmallCarOrderQueryTopOrderDTO[];
  /** 错误码 */
  code?: string;
  /** 一共多少页 结果 */
  total_page?: Int64;
  /** 分页大小 */
  page_no?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 每页多少条记录 */
  page_size?: Int64;
  /** 记录总数 */
  total_count?: Int64;
  /** 错误信息 */
  message?: string;
}

/** `TopOrderDTO` of `tmall.car.order.query`. */
export interface TmallCarOrderQueryTopOrderDTO {
  /** 订单id */
  order_id?: Int64;
  /** 核销时间 */
  consume_time?: string;
  /** 核销门店 */
  consume_store?: string;
  /** 预约门店 */
  store_name?: string;
  /** sku属性：颜色分类 */
  sku_feature1?: string;
  /** sku属性：套餐名称 */
  sku_feature2?: string;
  /** sku_feature_x */
  sku_feature_x?: string;
}

const REQUEST_SCHEMA = {
  top_order_query: {
    page_no: 'Number',
    page_size: 'Number',
    start_time: 'String',
    end_time: 'String',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        order_id: 'Number',
        consume_time: 'String',
        consume_store: 'String',
        store_name: 'String',
        sku_feature1: 'String',
        sku_feature2: 'String',
        sku_feature_x: 'String',
      },
    ],
    code: 'String',
    total_page: 'Number',
    page_no: 'Number',
    success: 'Boolean',
    page_size: 'Number',
    total_count: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.order.query`: method, response root, request and response schemas. */
export const tmallCarOrderQueryOperation = {
  method: 'tmall.car.order.query',
  responseRoot: 'tmall_car_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫汽车整车订单查询 — calls TOP method `tmall.car.order.query`.
 *
 * 天猫汽车商家通过该接口查看整车订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarOrderQuery(
  client: TopClient,
  request: TmallCarOrderQueryRequest = {},
  options?: CallOptions,
): Promise<TmallCarOrderQueryResponse> {
  return client.call<TmallCarOrderQueryResponse>(
    {
      method: 'tmall.car.order.query',
      responseRoot: 'tmall_car_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

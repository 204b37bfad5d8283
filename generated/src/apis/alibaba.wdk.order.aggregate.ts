// Generated from specs/wdk/alibaba.wdk.order.aggregate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.aggregate` (淘鲜达订单按门店机台号聚合查询). */
export interface AlibabaWdkOrderAggregateRequest {
  /** 系统自动生成 */
  order_aggregate_query_request?: AlibabaWdkOrderAggregateOrderAggregateQueryRequestInput;
}

/** Response of `alibaba.wdk.order.aggregate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderAggregateResponse {
  /** result */
  result?: AlibabaWdkOrderAggregateOrderAggregateQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderAggregateQueryRequest` of `alibaba.wdk.order.aggregate`. */
export interface AlibabaWdkOrderAggregateOrderAggregateQueryRequestInput {
  /** 起始时间 */
  start_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
  /** DRF1001 */
  store_id?: string;
  /** 机台号 */
  pos_no?: string;
  /** 下单终端: APP / POS */
  order_client?: string;
  /** 班次号 */
  duty_code?: string;
  /** 收营员id */
  operator_id?: string;
  /** 订单状态: PAID / PACAKAGED / SUCCESS */
  order_status?: string;
  /** 分页序号 */
  page_index?: Int64Input;
  /** 分页size */
  page_size?: Int64Input;
}

/** `OrderAggregateQueryResult` of `alibaba.wdk.order.aggregate`. */
export interface AlibabaWdkOrderAggregateOrderAggregateQueryResult {
  /** 接口返回码. 如果返回 HM05038888888006 需重试(数据查询失败，请重试，注意限定重试次数) */
  return_code?: string;
  /** 接口返回码描述 */
  return_msg?: string;
  /** 240000310869037498 */
  biz_id_list?: Int64[];
  /** 171321816752430897 */
  tb_biz_id_list?: Int64[];
  /** totalNum */
  total_num?: Int64;
  /** 商品总金额（不含优惠） */
  original_amt?: Int64;
  /** 总优惠金额 */
  discount_amt?: Int64;
  /** 下一页序号 */
  next_index?: Int64;
}

const REQUEST_SCHEMA = {
  order_aggregate_query_request: {
    start_time: 'Date',
    end_time: 'Date',
    store_id: 'String',
    pos_no: 'String',
    order_client: 'String',
    duty_code: 'String',
    operator_id: 'String',
    order_status: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    biz_id_list: ['Number'],
    tb_biz_id_list: ['Number'],
    total_num: 'Number',
    original_amt: 'Number',
    discount_amt: 'Number',
    next_index: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.aggregate`: method, response root, request and response schemas. */
export const alibabaWdkOrderAggregateOperation = {
  method: 'alibaba.wdk.order.aggregate',
  responseRoot: 'alibaba_wdk_order_aggregate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘鲜达订单按门店机台号聚合查询 — calls TOP method `alibaba.wdk.order.aggregate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderAggregate(
  client: TopClient,
  request: AlibabaWdkOrderAggregateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOrderAggregateResponse> {
  return client.call<AlibabaWdkOrderAggregateResponse>(
    {
      method: 'alibaba.wdk.order.aggregate',
      responseRoot: 'alibaba_wdk_order_aggregate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/wdk/alibaba.wdk.refund.aggregate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.refund.aggregate` (淘鲜达退款单按门店聚合查询). */
export interface AlibabaWdkRefundAggregateRequest {
  /** 系统自动生成 */
  refund_aggregate_query_request?: AlibabaWdkRefundAggregateRefundAggregateQueryRequestInput;
}

/** Response of `alibaba.wdk.refund.aggregate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkRefundAggregateResponse {
  /** result */
  result?: AlibabaWdkRefundAggregateRefundAggregateQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundAggregateQueryRequest` of `alibaba.wdk.refund.aggregate`. */
export interface AlibabaWdkRefundAggregateRefundAggregateQueryRequestInput {
  /** 起始时间 */
  start_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
  /** 门店id */
  store_id?: string;
  /** 下单终端: APP / POS */
  order_client?: string;
  /** 收营员id */
  operator_id?: string;
  /** 分页序号 */
  page_index?: Int64Input;
  /** 分页size */
  page_size?: Int64Input;
}

/** `RefundAggregateQueryResult` of `alibaba.wdk.refund.aggregate`. */
export interface AlibabaWdkRefundAggregateRefundAggregateQueryResult {
  /** 接口返回码. 如果返回 HM05038888888006 需重试(数据查询失败，请重试，注意限定重试次数) */
  return_code?: string;
  /** 接口返回码描述 */
  return_msg?: string;
  /** 退款单id列表 */
  refund_id_list?: Int64[];
  /** 淘鲜达子订单id列表 */
  biz_id_list?: Int64[];
  /** 淘宝子订单id列表 */
  tb_biz_id_list?: Int64[];
  /** 结果数量 */
  total_num?: Int64;
  /** 下一页序号 */
  next_index?: Int64;
}

const REQUEST_SCHEMA = {
  refund_aggregate_query_request: {
    start_time: 'Date',
    end_time: 'Date',
    store_id: 'String',
    order_client: 'String',
    operator_id: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    refund_id_list: ['Number'],
    biz_id_list: ['Number'],
    tb_biz_id_list: ['Number'],
    total_num: 'Number',
    next_index: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.refund.aggregate`: method, response root, request and response schemas. */
export const alibabaWdkRefundAggregateOperation = {
  method: 'alibaba.wdk.refund.aggregate',
  responseRoot: 'alibaba_wdk_refund_aggregate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘鲜达退款单按门店聚合查询 — calls TOP method `alibaba.wdk.refund.aggregate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkRefundAggregate(
  client: TopClient,
  request: AlibabaWdkRefundAggregateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkRefundAggregateResponse> {
  return client.call<AlibabaWdkRefundAggregateResponse>(
    {
      method: 'alibaba.wdk.refund.aggregate',
      responseRoot: 'alibaba_wdk_refund_aggregate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

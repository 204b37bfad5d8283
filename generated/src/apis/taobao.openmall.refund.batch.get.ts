// Generated from specs/openmall/taobao.openmall.refund.batch.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.batch.get` (批量获取openmall退款单). */
export interface TaobaoOpenmallRefundBatchGetRequest {
  /** 查询范围结束时间，闭区间 */
  end_created: DateInput;
  /** 翻页页码，从1开始 */
  page_index: Int64Input;
  /** 页面大小，不超过100 */
  page_size: Int64Input;
  /** 查询的渠道商Nick */
  distributor: string;
  /** 查询范围开始时间，闭区间 */
  start_created: DateInput;
}

/** Response of `taobao.openmall.refund.batch.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundBatchGetResponse {
  /** 退款列表 */
  entities?: TaobaoOpenmallRefundBatchGetTopRefundVo[];
  /** 范围内总的退款单个数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRefundVo` of `taobao.openmall.refund.batch.get`. */
export interface TaobaoOpenmallRefundBatchGetTopRefundVo {
  /** 退款单ID */
  refund_id?: Int64;
  /** 对应订单ID */
  tid?: Int64;
  /** 退款单状态，此接口存在延迟，详情参考taobao.openmall.refund.get */
  status?: string;
  /** 退款单创建时间 */
  created?: string;
  /** 请求退款金额 */
  refund_fee?: string;
}

const REQUEST_SCHEMA = {
  end_created: 'Date',
  page_index: 'Number',
  page_size: 'Number',
  distributor: 'String',
  start_created: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  entities: [
    {
      refund_id: 'Number',
      tid: 'Number',
      status: 'String',
      created: 'Date',
      refund_fee: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.batch.get`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundBatchGetOperation = {
  method: 'taobao.openmall.refund.batch.get',
  responseRoot: 'openmall_refund_batch_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取openmall退款单 — calls TOP method `taobao.openmall.refund.batch.get`.
 *
 * 批量获取openmall退款单
 * 注意：该接口信息存在延迟，如需实时详情请访问taobao.openmall.refund.get
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundBatchGet(
  client: TopClient,
  request: TaobaoOpenmallRefundBatchGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundBatchGetResponse> {
  return client.call<TaobaoOpenmallRefundBatchGetResponse>(
    {
      method: 'taobao.openmall.refund.batch.get',
      responseRoot: 'openmall_refund_batch_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

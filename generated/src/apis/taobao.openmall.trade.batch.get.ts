// Generated from specs/openmall/taobao.openmall.trade.batch.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.batch.get` (批量获取openmall订单). */
export interface TaobaoOpenmallTradeBatchGetRequest {
  /** 查询范围结束时间，闭区间 */
  end_created: DateInput;
  /** 查询页码，从1开始 */
  page_index: Int64Input;
  /** 页面大小，不超过100 */
  page_size: Int64Input;
  /** 渠道商Nick */
  distributor: string;
  /** 查询范围开始时间，闭区间 */
  start_created: DateInput;
}

/** Response of `taobao.openmall.trade.batch.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeBatchGetResponse {
  /** 订单列表 */
  entities?: TaobaoOpenmallTradeBatchGetTopTradeDetailVo[];
  /** 范围内总订单数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTradeDetailVo` of `taobao.openmall.trade.batch.get`. */
export interface TaobaoOpenmallTradeBatchGetTopTradeDetailVo {
  /** 订单ID */
  tid?: Int64;
  /** 外部outid */
  out_id?: string;
  /** 实付金额 */
  payment?: string;
  /** 邮费 */
  post_fee?: string;
  /** 商品ID */
  num_iid?: Int64;
  /** 商品数量 */
  num?: Int64;
  /** 订单状态，该字段存在延迟，请参考taoboa.openmall.trade.get */
  status?: string;
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
      tid: 'Number',
      out_id: 'String',
      payment: 'String',
      post_fee: 'String',
      num_iid: 'Number',
      num: 'Number',
      status: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.batch.get`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeBatchGetOperation = {
  method: 'taobao.openmall.trade.batch.get',
  responseRoot: 'openmall_trade_batch_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取openmall订单 — calls TOP method `taobao.openmall.trade.batch.get`.
 *
 * 批量获取openmall订单
 * 注意：该接口数据存在延迟，实时数据请通过taobao.openmall.trade.get获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeBatchGet(
  client: TopClient,
  request: TaobaoOpenmallTradeBatchGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeBatchGetResponse> {
  return client.call<TaobaoOpenmallTradeBatchGetResponse>(
    {
      method: 'taobao.openmall.trade.batch.get',
      responseRoot: 'openmall_trade_batch_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

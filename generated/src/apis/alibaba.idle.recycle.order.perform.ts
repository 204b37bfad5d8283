// Generated from specs/idle/alibaba.idle.recycle.order.perform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.order.perform` (回收订单履约V2). */
export interface AlibabaIdleRecycleOrderPerformRequest {
  /** 参数 */
  param0?: AlibabaIdleRecycleOrderPerformRecycleOrderSynDtoInput;
}

/** Response of `alibaba.idle.recycle.order.perform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleOrderPerformResponse {
  /** 成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleOrderSynDto` of `alibaba.idle.recycle.order.perform`. */
export interface AlibabaIdleRecycleOrderPerformRecycleOrderSynDtoInput {
  /** 拓展属性 */
  attribute?: AlibabaIdleRecycleOrderPerformAttributeInput;
  /** 交易订单号 */
  biz_order_id: string;
  /** 2:已上门取件 3:已质检 4:卖家确认交易完成 6:卖家订单已评价 7:回收商订单已评价 9:回收商主动付款（预留节点,解决服务商资金压力&黑名单策略） 103:回收商关闭订单（关闭未付款订单） 105:信用订单用户线下还款后需要订正芝麻履约单状态为已取消 */
  order_status: string;
}

/** `Attribute` of `alibaba.idle.recycle.order.perform`. */
export interface AlibabaIdleRecycleOrderPerformAttributeInput {
  /** order_status=103时候填写 关闭原因 */
  reason?: string;
  /** order_status=3时候填写 代表质检后的最终价格单位分,注意如果质检后商品无价值也不能填0,需要至少填写1分钱 */
  confirm_fee?: string;
  /** order_status=2时候填写快递公司运单号 */
  mail_no?: string;
  /** order_status=7时候填写 1：好评 2：中评 */
  rate_grade?: string;
  /** order_status=7时候填写 */
  rate_content?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    attribute: {
      reason: 'String',
      confirm_fee: 'String',
      mail_no: 'String',
      rate_grade: 'String',
      rate_content: 'String',
    },
    biz_order_id: 'String',
    order_status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.order.perform`: method, response root, request and response schemas. */
export const alibabaIdleRecycleOrderPerformOperation = {
  method: 'alibaba.idle.recycle.order.perform',
  responseRoot: 'alibaba_idle_recycle_order_perform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回收订单履约V2 — calls TOP method `alibaba.idle.recycle.order.perform`.
 *
 * 闲鱼回收业务中,外部服务商作为买家 需要驱动交易节点变化
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleOrderPerform(
  client: TopClient,
  request: AlibabaIdleRecycleOrderPerformRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRecycleOrderPerformResponse> {
  return client.call<AlibabaIdleRecycleOrderPerformResponse>(
    {
      method: 'alibaba.idle.recycle.order.perform',
      responseRoot: 'alibaba_idle_recycle_order_perform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/bus/taobao.bus.refundticketprice.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.refundticketprice.set` (汽车票退款申请接口). */
export interface TaobaoBusRefundticketpriceSetRequest {
  /** 退票申请入参 */
  offline_refund_ticket_rq?: TaobaoBusRefundticketpriceSetOfflineRefundTicketPriceRqInput;
}

/** Response of `taobao.bus.refundticketprice.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusRefundticketpriceSetResponse {
  /** 退票成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfflineRefundTicketPriceRq` of `taobao.bus.refundticketprice.set`. */
export interface TaobaoBusRefundticketpriceSetOfflineRefundTicketPriceRqInput {
  /** 代理商店铺id */
  agent_id?: Int64Input;
  /** top平台用户唯一识别 */
  app_key?: string;
  /** 退票信息集合 */
  list_refund_infos?: TaobaoBusRefundticketpriceSetSingleRefundInfoInput[];
}

/** `SingleRefundInfo` of `taobao.bus.refundticketprice.set`. */
export interface TaobaoBusRefundticketpriceSetSingleRefundInfoInput {
  /** 乘客身份证后四位 */
  card_no?: string;
  /** 退票价格 */
  refund_price?: string;
  /** 乘客姓名 */
  passenger_name?: string;
  /** 退票手续费 */
  refund_procedure_price?: string;
  /** 退款详情 */
  refund_detail?: string;
  /** 代理商订单号 */
  agent_order_id?: string;
  /** 退票时间 */
  refund_ticket_time?: string;
  /** 代理商票ID */
  agent_ticket_id?: string;
}

const REQUEST_SCHEMA = {
  offline_refund_ticket_rq: {
    agent_id: 'Number',
    app_key: 'String',
    list_refund_infos: [
      {
        card_no: 'String',
        refund_price: 'String',
        passenger_name: 'String',
        refund_procedure_price: 'String',
        refund_detail: 'String',
        agent_order_id: 'String',
        refund_ticket_time: 'String',
        agent_ticket_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.refundticketprice.set`: method, response root, request and response schemas. */
export const taobaoBusRefundticketpriceSetOperation = {
  method: 'taobao.bus.refundticketprice.set',
  responseRoot: 'bus_refundticketprice_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票退款申请接口 — calls TOP method `taobao.bus.refundticketprice.set`.
 *
 * 汽车票代理商利用该接口申请退票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusRefundticketpriceSet(
  client: TopClient,
  request: TaobaoBusRefundticketpriceSetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusRefundticketpriceSetResponse> {
  return client.call<TaobaoBusRefundticketpriceSetResponse>(
    {
      method: 'taobao.bus.refundticketprice.set',
      responseRoot: 'bus_refundticketprice_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/servicecenter/tmall.car.leaseorder.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.leaseorder.get` (获取租赁订单信息). */
export interface TmallCarLeaseorderGetRequest {
  /** 订单号 */
  order_id?: Int64Input;
}

/** Response of `tmall.car.leaseorder.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseorderGetResponse {
  /** 结果 */
  result?: TmallCarLeaseorderGetResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultVo` of `tmall.car.leaseorder.get`. */
export interface TmallCarLeaseorderGetResultVo {
  /** 消耗时间 */
  cost_time?: Int64;
  /** 当前时间 */
  gmt_current_time?: Int64;
  /** 异常代码 */
  msg_code?: string;
  /** 异常消息 */
  msg_info?: string;
  /** 真正返回对象 */
  object?: TmallCarLeaseorderGetLeaseOrderInfoDto;
  /** 成功与否 */
  success?: boolean;
}

/** `LeaseOrderInfoDto` of `tmall.car.leaseorder.get`. */
export interface TmallCarLeaseorderGetLeaseOrderInfoDto {
  /** 网商申请号 */
  apply_no?: string;
  /** 订单id */
  order_id?: Int64;
  /** 单状态（请关注此状态，如果为TRADE_CLOSED_BY_TAOBAO状态，则不要对此订单进行发货，切记啊！）。可选值: TRADE_NO_CREATE_PAY(没有创建支付宝交易) WAIT_BUYER_PAY(等待买家付款) WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款) WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货) TRADE_BUYER_SIGNED(买家已签收,货到付款专用) TRADE_FINISHED(交易成功) TRADE_CLOSED(付款以后用户退款成功，交易自动关闭) TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)PAY_PENDING(国际信用卡支付付款确认中) */
  status?: string;
  /** 门店自定义编码 */
  store_out_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    cost_time: 'Number',
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: {
      apply_no: 'String',
      order_id: 'Number',
      status: 'String',
      store_out_id: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.leaseorder.get`: method, response root, request and response schemas. */
export const tmallCarLeaseorderGetOperation = {
  method: 'tmall.car.leaseorder.get',
  responseRoot: 'tmall_car_leaseorder_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取租赁订单信息 — calls TOP method `tmall.car.leaseorder.get`.
 *
 * 卖家通过供销平台获取代销商的订单信息，但是部分情况下网商银行订单号获取不到，需要提供接口或者工具给卖家
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseorderGet(
  client: TopClient,
  request: TmallCarLeaseorderGetRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseorderGetResponse> {
  return client.call<TmallCarLeaseorderGetResponse>(
    {
      method: 'tmall.car.leaseorder.get',
      responseRoot: 'tmall_car_leaseorder_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

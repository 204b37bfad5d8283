// Generated from specs/servicecenter/tmall.car.fpcar.restpay.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.fpcar.restpay.receive` (门店线下已收尾款). */
export interface TmallCarFpcarRestpayReceiveRequest {
  /** 卖家id */
  seller_id?: Int64Input;
  /** 订单id */
  order_id: Int64Input;
  /** 商品宝贝id */
  item_id?: Int64Input;
}

/** Response of `tmall.car.fpcar.restpay.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarFpcarRestpayReceiveResponse {
  /** 是否成功 */
  succes?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 业务结果信息详细描述 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  order_id: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succes: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.fpcar.restpay.receive`: method, response root, request and response schemas. */
export const tmallCarFpcarRestpayReceiveOperation = {
  method: 'tmall.car.fpcar.restpay.receive',
  responseRoot: 'tmall_car_fpcar_restpay_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店线下已收尾款 — calls TOP method `tmall.car.fpcar.restpay.receive`.
 *
 * 提供给外部(大搜或其它合作方)的接口-门店线下已收尾款(不执行分佣)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarFpcarRestpayReceive(
  client: TopClient,
  request: TmallCarFpcarRestpayReceiveRequest,
  options?: CallOptions,
): Promise<TmallCarFpcarRestpayReceiveResponse> {
  return client.call<TmallCarFpcarRestpayReceiveResponse>(
    {
      method: 'tmall.car.fpcar.restpay.receive',
      responseRoot: 'tmall_car_fpcar_restpay_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

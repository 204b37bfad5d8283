// Generated from specs/alicom/alibaba.tianji.distributor.order.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianji.distributor.order.submit` (分销商提交受理订单). */
export interface AlibabaTianjiDistributorOrderSubmitRequest {
  /** 商品编码，如手机串号 */
  item_serial_no?: string;
  /** 淘宝交易订单号 */
  order_no: string;
  /** 供应商产品编码，如SIM卡号 */
  product_serial_no?: string;
}

/** Response of `alibaba.tianji.distributor.order.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianjiDistributorOrderSubmitResponse {
  /** 接口结果 */
  result?: AlibabaTianjiDistributorOrderSubmitCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.tianji.distributor.order.submit`. */
export interface AlibabaTianjiDistributorOrderSubmitCommonResult {
  /** 错误码 */
  code?: string;
  /** 错误描述 */
  desc?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  item_serial_no: 'String',
  order_no: 'String',
  product_serial_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    desc: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianji.distributor.order.submit`: method, response root, request and response schemas. */
export const alibabaTianjiDistributorOrderSubmitOperation = {
  method: 'alibaba.tianji.distributor.order.submit',
  responseRoot: 'alibaba_tianji_distributor_order_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商提交受理订单 — calls TOP method `alibaba.tianji.distributor.order.submit`.
 *
 * 分销商提交受理订单，如合约订购、充值受理等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianjiDistributorOrderSubmit(
  client: TopClient,
  request: AlibabaTianjiDistributorOrderSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaTianjiDistributorOrderSubmitResponse> {
  return client.call<AlibabaTianjiDistributorOrderSubmitResponse>(
    {
      method: 'alibaba.tianji.distributor.order.submit',
      responseRoot: 'alibaba_tianji_distributor_order_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

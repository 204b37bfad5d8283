// Generated from specs/maitix/alibaba.damai.maitix.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.order.confirm` (大麦-出票). */
export interface AlibabaDamaiMaitixOrderConfirmRequest {
  /** 出票入参 */
  param: AlibabaDamaiMaitixOrderConfirmMoaConfirmOrderParamInput;
}

/** Response of `alibaba.damai.maitix.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOrderConfirmResponse {
  /** 返回结果集 */
  result?: AlibabaDamaiMaitixOrderConfirmMxResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MoaConfirmOrderParam` of `alibaba.damai.maitix.order.confirm`. */
export interface AlibabaDamaiMaitixOrderConfirmMoaConfirmOrderParamInput {
  /** 大麦订单号 */
  order_id: Int64Input;
}

/** `MxResult` of `alibaba.damai.maitix.order.confirm`. */
export interface AlibabaDamaiMaitixOrderConfirmMxResult {
  /** message */
  message?: string;
  /** 结果对象 */
  model?: AlibabaDamaiMaitixOrderConfirmT;
  /** 结果code，0代表成功，负数代表异常情况 */
  code?: Int64;
  /** 是否成功，true：成功，false:失败 */
  success?: boolean;
}

/** `T` of `alibaba.damai.maitix.order.confirm`. */
export interface AlibabaDamaiMaitixOrderConfirmT {
  /** 订单id */
  order_id?: string;
  /** 支付状态：0:失败,1:成功 */
  pay_status?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    model: {
      order_id: 'String',
      pay_status: 'Number',
    },
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.order.confirm`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOrderConfirmOperation = {
  method: 'alibaba.damai.maitix.order.confirm',
  responseRoot: 'alibaba_damai_maitix_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦-出票 — calls TOP method `alibaba.damai.maitix.order.confirm`.
 *
 * 出票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOrderConfirm(
  client: TopClient,
  request: AlibabaDamaiMaitixOrderConfirmRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOrderConfirmResponse> {
  return client.call<AlibabaDamaiMaitixOrderConfirmResponse>(
    {
      method: 'alibaba.damai.maitix.order.confirm',
      responseRoot: 'alibaba_damai_maitix_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

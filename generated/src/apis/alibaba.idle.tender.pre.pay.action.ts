// Generated from specs/idle/alibaba.idle.tender.pre.pay.action.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.pre.pay.action` (服务商预付款完成接口). */
export interface AlibabaIdleTenderPrePayActionRequest {
  /** 请求参数 */
  param0: AlibabaIdleTenderPrePayActionTenderPrePayCmdInput;
}

/** Response of `alibaba.idle.tender.pre.pay.action`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderPrePayActionResponse {
  /** 结果 */
  result?: AlibabaIdleTenderPrePayActionCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenderPrePayCmd` of `alibaba.idle.tender.pre.pay.action`. */
export interface AlibabaIdleTenderPrePayActionTenderPrePayCmdInput {
  /** 订单id */
  order_id: string;
  /** 预付款流水号 */
  pre_pay_no: string;
  /** 预付款执行动作 */
  pre_pay_action: Int64Input;
}

/** `CommonResult` of `alibaba.idle.tender.pre.pay.action`. */
export interface AlibabaIdleTenderPrePayActionCommonResult {
  /** 返回结果对象 */
  data?: AlibabaIdleTenderPrePayActionTenderPrepayTopResult;
  /** 请求结果 */
  success?: boolean;
  /** 异常编码 */
  error_code?: string;
  /** 异常描述 */
  error_msg?: string;
}

/** `TenderPrepayTopResult` of `alibaba.idle.tender.pre.pay.action`. */
export interface AlibabaIdleTenderPrePayActionTenderPrepayTopResult {
  /** 订单id */
  order_id?: string;
  /** 预付款 */
  pre_pay_amount?: Int64;
  /** 支付宝流水号 */
  pre_pay_no?: string;
  /** 1-未支付，2-已支付 */
  pre_pay_status?: string;
  /** 2-支付预付款 */
  pre_pay_action?: Int64;
  /** 服务商appkey */
  app_key?: string;
  /** 请求id */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    order_id: 'String',
    pre_pay_no: 'String',
    pre_pay_action: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      order_id: 'String',
      pre_pay_amount: 'Number',
      pre_pay_no: 'String',
      pre_pay_status: 'String',
      pre_pay_action: 'Number',
      app_key: 'String',
      request_id: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.pre.pay.action`: method, response root, request and response schemas. */
export const alibabaIdleTenderPrePayActionOperation = {
  method: 'alibaba.idle.tender.pre.pay.action',
  responseRoot: 'alibaba_idle_tender_pre_pay_action_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商预付款完成接口 — calls TOP method `alibaba.idle.tender.pre.pay.action`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderPrePayAction(
  client: TopClient,
  request: AlibabaIdleTenderPrePayActionRequest,
  options?: CallOptions,
): Promise<AlibabaIdleTenderPrePayActionResponse> {
  return client.call<AlibabaIdleTenderPrePayActionResponse>(
    {
      method: 'alibaba.idle.tender.pre.pay.action',
      responseRoot: 'alibaba_idle_tender_pre_pay_action_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallservice/tmall.servicecenter.workcard.expressorder.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.expressorder.consign` (物流订单呼叫运力). */
export interface TmallServicecenterWorkcardExpressorderConsignRequest {
  /** 物流寄件单号（废弃） */
  express_order_id?: Int64Input;
  /** 真实接单服务商 */
  real_tp_nick?: string;
  /**
   * 工单List
   *
   * Max list size: 999
   */
  workcard_id_list: Int64Input[];
  /** 物流订单号 */
  logistics_order_id?: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.expressorder.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardExpressorderConsignResponse {
  /** 返回结果 */
  result?: TmallServicecenterWorkcardExpressorderConsignFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.expressorder.consign`. */
export interface TmallServicecenterWorkcardExpressorderConsignFulfilplatformResult {
  /** 返回对象信息 */
  result_data?: TmallServicecenterWorkcardExpressorderConsignExpressDto;
  /** 处理结果 true 成功 false 失败 */
  success?: boolean;
  /** 错误表述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
}

/** `ExpressDto` of `tmall.servicecenter.workcard.expressorder.consign`. */
export interface TmallServicecenterWorkcardExpressorderConsignExpressDto {
  /** 取件员名称 */
  courier_name?: string;
  /** 取件员手机号码 */
  courier_mobile?: string;
}

const REQUEST_SCHEMA = {
  express_order_id: 'Number',
  real_tp_nick: 'String',
  workcard_id_list: ['Number'],
  logistics_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      courier_name: 'String',
      courier_mobile: 'String',
    },
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.expressorder.consign`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardExpressorderConsignOperation = {
  method: 'tmall.servicecenter.workcard.expressorder.consign',
  responseRoot: 'tmall_servicecenter_workcard_expressorder_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流订单呼叫运力 — calls TOP method `tmall.servicecenter.workcard.expressorder.consign`.
 *
 * 天猫服务寄送类业务，服务商履约完成后进行寄回操作呼叫运力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardExpressorderConsign(
  client: TopClient,
  request: TmallServicecenterWorkcardExpressorderConsignRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardExpressorderConsignResponse> {
  return client.call<TmallServicecenterWorkcardExpressorderConsignResponse>(
    {
      method: 'tmall.servicecenter.workcard.expressorder.consign',
      responseRoot: 'tmall_servicecenter_workcard_expressorder_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

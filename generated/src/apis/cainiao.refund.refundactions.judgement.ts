// Generated from specs/trade/cainiao.refund.refundactions.judgement.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.refund.refundactions.judgement` (判断当前用户是否能对订单执行一些逆向操作，比如退货操作). */
export interface CainiaoRefundRefundactionsJudgementRequest {
  /** 操作请求 */
  param0?: CainiaoRefundRefundactionsJudgementOrderRefundOperationJudgementReqInput;
}

/** Response of `cainiao.refund.refundactions.judgement`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoRefundRefundactionsJudgementResponse {
  /** 返回结果对象 */
  result?: CainiaoRefundRefundactionsJudgementBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderRefundOperationJudgementReq` of `cainiao.refund.refundactions.judgement`. */
export interface CainiaoRefundRefundactionsJudgementOrderRefundOperationJudgementReqInput {
  /** 退款退货操作的Code，由系统定义，目前支持的方式有：refundFeeOnly(仅退款)，refundFeeWithGoods(退货退款),swithGoods(换货) */
  refund_order_action_type: string;
  /** 订单ID */
  order_id: string;
}

/** `BizResult` of `cainiao.refund.refundactions.judgement`. */
export interface CainiaoRefundRefundactionsJudgementBizResult {
  /** 调用时错误码 */
  status_code?: string;
  /** 是否能对某一个订单进行退货退款操作的返回值 */
  data?: CainiaoRefundRefundactionsJudgementOrderRefundOperationResponse;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 调用时错误描述 */
  status_message?: string;
}

/** `OrderRefundOperationResponse` of `cainiao.refund.refundactions.judgement`. */
export interface CainiaoRefundRefundactionsJudgementOrderRefundOperationResponse {
  /** 不能对某一个订单进行操作时的原因描述 */
  message?: string;
  /** 不能对某一个订单进行操作时的错误Code */
  operation_result_code?: string;
  /** 是否能对某一个订单进行操作 */
  can_operate?: boolean;
  /** 退款退货操作的Code，由系统定义，目前支持的方式有：refundFeeOnly(仅退款)，refundFeeWithGoods(退货退款),swithGoods(换货) */
  order_refund_action_type?: string;
  /** 操作的用户ID */
  operation_user_id?: string;
  /** 订单ID */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    refund_order_action_type: 'String',
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    status_code: 'String',
    data: {
      message: 'String',
      operation_result_code: 'String',
      can_operate: 'Boolean',
      order_refund_action_type: 'String',
      operation_user_id: 'String',
      order_id: 'String',
    },
    success: 'Boolean',
    status_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.refund.refundactions.judgement`: method, response root, request and response schemas. */
export const cainiaoRefundRefundactionsJudgementOperation = {
  method: 'cainiao.refund.refundactions.judgement',
  responseRoot: 'cainiao_refund_refundactions_judgement_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断当前用户是否能对订单执行一些逆向操作，比如退货操作 — calls TOP method `cainiao.refund.refundactions.judgement`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoRefundRefundactionsJudgement(
  client: TopClient,
  request: CainiaoRefundRefundactionsJudgementRequest = {},
  options?: CallOptions,
): Promise<CainiaoRefundRefundactionsJudgementResponse> {
  return client.call<CainiaoRefundRefundactionsJudgementResponse>(
    {
      method: 'cainiao.refund.refundactions.judgement',
      responseRoot: 'cainiao_refund_refundactions_judgement_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

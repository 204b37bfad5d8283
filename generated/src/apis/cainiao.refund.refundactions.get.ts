// Generated from specs/trade/cainiao.refund.refundactions.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.refund.refundactions.get` (判断该订单能执行的逆向操作集合列表). */
export interface CainiaoRefundRefundactionsGetRequest {
  /** 子订单ID */
  order_id: string;
}

/** Response of `cainiao.refund.refundactions.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoRefundRefundactionsGetResponse {
  /** 返回结果对象 */
  result?: CainiaoRefundRefundactionsGetBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `cainiao.refund.refundactions.get`. */
export interface CainiaoRefundRefundactionsGetBizResult {
  /** 调用错误时，错误code */
  status_code?: string;
  /** 该订单支持的退款退货操作的集合 */
  data?: CainiaoRefundRefundactionsGetOrderRefundActionResponse;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 调用错误时，错误描述 */
  status_message?: string;
}

/** `OrderRefundActionResponse` of `cainiao.refund.refundactions.get`. */
export interface CainiaoRefundRefundactionsGetOrderRefundActionResponse {
  /** 该订单支持的退款退货操作的集合 */
  support_refund_actions?: CainiaoRefundRefundactionsGetSupportrefundactions[];
  /** 操作用户ID */
  operation_user_id?: string;
  /** 子订单ID */
  order_id?: string;
}

/** `Supportrefundactions` of `cainiao.refund.refundactions.get`. */
export interface CainiaoRefundRefundactionsGetSupportrefundactions {
  /** 退款退货操作的描述 */
  desc?: string;
  /** 退款退货操作按钮的建议描述，仅仅是一个建议，ISV可以自己定义 */
  default_label?: string;
  /** 退款退货操作的Code，由系统定义，目前支持的方式有：refundFeeOnly(仅退款)，refundFeeWithGoods(退货退款),swithGoods(换货) */
  key?: string;
  /** 一个纠纷单可能已经在处理流程中，比如退款退货操作，买家已经提交申请，卖家正在审核中，则该字段是true */
  in_process?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    status_code: 'String',
    data: {
      support_refund_actions: [
        {
          desc: 'String',
          default_label: 'String',
          key: 'String',
          in_process: 'String',
        },
      ],
      operation_user_id: 'String',
      order_id: 'String',
    },
    success: 'Boolean',
    status_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.refund.refundactions.get`: method, response root, request and response schemas. */
export const cainiaoRefundRefundactionsGetOperation = {
  method: 'cainiao.refund.refundactions.get',
  responseRoot: 'cainiao_refund_refundactions_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断该订单能执行的逆向操作集合列表 — calls TOP method `cainiao.refund.refundactions.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoRefundRefundactionsGet(
  client: TopClient,
  request: CainiaoRefundRefundactionsGetRequest,
  options?: CallOptions,
): Promise<CainiaoRefundRefundactionsGetResponse> {
  return client.call<CainiaoRefundRefundactionsGetResponse>(
    {
      method: 'cainiao.refund.refundactions.get',
      responseRoot: 'cainiao_refund_refundactions_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

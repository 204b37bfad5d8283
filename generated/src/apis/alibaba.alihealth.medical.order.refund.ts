// Generated from specs/examination/alibaba.alihealth.medical.order.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.order.refund` (退款接口). */
export interface AlibabaAlihealthMedicalOrderRefundRequest {
  /** 入参 */
  order_refund_request: AlibabaAlihealthMedicalOrderRefundOrderRefundRequestInput;
}

/** Response of `alibaba.alihealth.medical.order.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalOrderRefundResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthMedicalOrderRefundResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderRefundRequest` of `alibaba.alihealth.medical.order.refund`. */
export interface AlibabaAlihealthMedicalOrderRefundOrderRefundRequestInput {
  /** 子单信息 */
  sub_order_list: AlibabaAlihealthMedicalOrderRefundSubOrderRequestInput[];
  /** 主订单id */
  order_id: string;
}

/** `SubOrderRequest` of `alibaba.alihealth.medical.order.refund`. */
export interface AlibabaAlihealthMedicalOrderRefundSubOrderRequestInput {
  /** 子单id */
  sub_order_id: string;
  /** 子单退款备注 */
  refund_note?: string;
  /** 子单退款金额 */
  refund_amount: string;
}

/** `Result` of `alibaba.alihealth.medical.order.refund`. */
export interface AlibabaAlihealthMedicalOrderRefundResult {
  /** SUCCESS:成功; FAIL:失败; UNKNOWN:未知; */
  result_status?: string;
  /** 返回数据 */
  data?: AlibabaAlihealthMedicalOrderRefundOrderRefundVO;
  /** 结果码 */
  result_code?: string;
  /** 返回信息 */
  result_msg?: string;
}

/** `OrderRefundVO` of `alibaba.alihealth.medical.order.refund`. */
export interface AlibabaAlihealthMedicalOrderRefundOrderRefundVO {
  /** 主订单 */
  order_id?: string;
  /** 子订单信息 */
  sub_order_list?: AlibabaAlihealthMedicalOrderRefundSubOrderRequest[];
  /** 退款id */
  refund_order_id?: string;
}

/** `SubOrderRequest` of `alibaba.alihealth.medical.order.refund`. */
export interface AlibabaAlihealthMedicalOrderRefundSubOrderRequest {
  /** 子订单id */
  sub_order_id?: string;
  /** 子订单退款金额 */
  refund_amount?: string;
  /** 子订单退款备注 */
  refund_note?: string;
}

const REQUEST_SCHEMA = {
  order_refund_request: {
    sub_order_list: [
      {
        sub_order_id: 'String',
        refund_note: 'String',
        refund_amount: 'String',
      },
    ],
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_status: 'String',
    data: {
      order_id: 'String',
      sub_order_list: [
        {
          sub_order_id: 'String',
          refund_amount: 'String',
          refund_note: 'String',
        },
      ],
      refund_order_id: 'String',
    },
    result_code: 'String',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.order.refund`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalOrderRefundOperation = {
  method: 'alibaba.alihealth.medical.order.refund',
  responseRoot: 'alibaba_alihealth_medical_order_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款接口 — calls TOP method `alibaba.alihealth.medical.order.refund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalOrderRefund(
  client: TopClient,
  request: AlibabaAlihealthMedicalOrderRefundRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalOrderRefundResponse> {
  return client.call<AlibabaAlihealthMedicalOrderRefundResponse>(
    {
      method: 'alibaba.alihealth.medical.order.refund',
      responseRoot: 'alibaba_alihealth_medical_order_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

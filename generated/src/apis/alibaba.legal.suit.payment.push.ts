// Generated from specs/legalsuit/alibaba.legal.suit.payment.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.payment.push` (外部推送缴费). */
export interface AlibabaLegalSuitPaymentPushRequest {
  /** 推送信息 */
  payment_order_model?: AlibabaLegalSuitPaymentPushPaymentOrderModelInput;
}

/** Response of `alibaba.legal.suit.payment.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitPaymentPushResponse {
  /** 成功 */
  api_success?: boolean;
  /** 参数校验错误 */
  api_error_code?: string;
  /** 任务id */
  content?: Int64;
  /** 参数校验错误 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaymentOrderModel` of `alibaba.legal.suit.payment.push`. */
export interface AlibabaLegalSuitPaymentPushPaymentOrderModelInput {
  /** 推送人 */
  send_people?: string;
  /** 案号 */
  case_number?: string;
  /** 案件id */
  suit_id?: Int64Input;
  /** 委托id */
  entrust_id?: Int64Input;
  /** 备注 */
  comment?: string;
  /** 附件信息 */
  payment_order_files?: AlibabaLegalSuitPaymentPushFileModelInput[];
}

/** `FileModel` of `alibaba.legal.suit.payment.push`. */
export interface AlibabaLegalSuitPaymentPushFileModelInput {
  /** 创建时间（不用填） */
  create_time?: DateInput;
  /** 文件名 */
  name?: string;
  /** 文件id */
  key?: string;
}

const REQUEST_SCHEMA = {
  payment_order_model: {
    send_people: 'String',
    case_number: 'String',
    suit_id: 'Number',
    entrust_id: 'Number',
    comment: 'String',
    payment_order_files: [
      {
        create_time: 'Date',
        name: 'String',
        key: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_success: 'Boolean',
  api_error_code: 'String',
  content: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.payment.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitPaymentPushOperation = {
  method: 'alibaba.legal.suit.payment.push',
  responseRoot: 'alibaba_legal_suit_payment_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部推送缴费 — calls TOP method `alibaba.legal.suit.payment.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitPaymentPush(
  client: TopClient,
  request: AlibabaLegalSuitPaymentPushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitPaymentPushResponse> {
  return client.call<AlibabaLegalSuitPaymentPushResponse>(
    {
      method: 'alibaba.legal.suit.payment.push',
      responseRoot: 'alibaba_legal_suit_payment_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

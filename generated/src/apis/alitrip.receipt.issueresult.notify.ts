// Generated from specs/alitripreceipt/alitrip.receipt.issueresult.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.receipt.issueresult.notify` (飞猪发票开票结果通知). */
export interface AlitripReceiptIssueresultNotifyRequest {
  /** 开票结果通知 */
  param0?: AlitripReceiptIssueresultNotifyIssueResultNotifyCmdInput;
}

/** Response of `alitrip.receipt.issueresult.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripReceiptIssueresultNotifyResponse {
  /** 是否开票成功 */
  is_success?: string;
  /** 错误code */
  result_code?: string;
  /** 错误原因 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IssueResultNotifyCmd` of `alitrip.receipt.issueresult.notify`. */
export interface AlitripReceiptIssueresultNotifyIssueResultNotifyCmdInput {
  /** 开票状态success:开票成功；fail:开票失败;issuing:开票中；cancel:已撤销；red：已冲红） */
  issue_status: string;
  /** 开票流水ID */
  issue_apply_id: string;
  /** 交易订单ID */
  tp_order_id?: string;
  /** 错误码 */
  fail_code?: string;
  /** 错误原因 */
  fail_reason?: string;
  /** 是否最终 */
  is_finally: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    issue_status: 'String',
    issue_apply_id: 'String',
    tp_order_id: 'String',
    fail_code: 'String',
    fail_reason: 'String',
    is_finally: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'String',
  result_code: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.receipt.issueresult.notify`: method, response root, request and response schemas. */
export const alitripReceiptIssueresultNotifyOperation = {
  method: 'alitrip.receipt.issueresult.notify',
  responseRoot: 'alitrip_receipt_issueresult_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪发票开票结果通知 — calls TOP method `alitrip.receipt.issueresult.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripReceiptIssueresultNotify(
  client: TopClient,
  request: AlitripReceiptIssueresultNotifyRequest = {},
  options?: CallOptions,
): Promise<AlitripReceiptIssueresultNotifyResponse> {
  return client.call<AlitripReceiptIssueresultNotifyResponse>(
    {
      method: 'alitrip.receipt.issueresult.notify',
      responseRoot: 'alitrip_receipt_issueresult_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

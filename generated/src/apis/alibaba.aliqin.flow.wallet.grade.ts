// Generated from specs/alicom/alibaba.aliqin.flow.wallet.grade.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.wallet.grade` (获取流量档位). */
export interface AlibabaAliqinFlowWalletGradeRequest {
  /** 手机号码 */
  phone_num: string;
}

/** Response of `alibaba.aliqin.flow.wallet.grade`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowWalletGradeResponse {
  /** 档位 */
  grade?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  phone_num: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  grade: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.wallet.grade`: method, response root, request and response schemas. */
export const alibabaAliqinFlowWalletGradeOperation = {
  method: 'alibaba.aliqin.flow.wallet.grade',
  responseRoot: 'alibaba_aliqin_flow_wallet_grade_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取流量档位 — calls TOP method `alibaba.aliqin.flow.wallet.grade`.
 *
 * 获取直充流量档位
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowWalletGrade(
  client: TopClient,
  request: AlibabaAliqinFlowWalletGradeRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowWalletGradeResponse> {
  return client.call<AlibabaAliqinFlowWalletGradeResponse>(
    {
      method: 'alibaba.aliqin.flow.wallet.grade',
      responseRoot: 'alibaba_aliqin_flow_wallet_grade_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

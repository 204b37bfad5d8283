// Generated from specs/alicom/alibaba.aliqin.flow.wallet.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.wallet.consume` (流量扣减). */
export interface AlibabaAliqinFlowWalletConsumeRequest {
  /** 扣减流量值 */
  flow: Int64Input;
  /** 扣减流水号 */
  serial_no: string;
  /** 扣减原因 */
  reason?: string;
  /** 备注 */
  remark?: string;
}

/** Response of `alibaba.aliqin.flow.wallet.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowWalletConsumeResponse {
  /** true为成功 */
  value?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  flow: 'Number',
  serial_no: 'String',
  reason: 'String',
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  value: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.wallet.consume`: method, response root, request and response schemas. */
export const alibabaAliqinFlowWalletConsumeOperation = {
  method: 'alibaba.aliqin.flow.wallet.consume',
  responseRoot: 'alibaba_aliqin_flow_wallet_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 流量扣减 — calls TOP method `alibaba.aliqin.flow.wallet.consume`.
 *
 * 流量钱包流量扣减接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowWalletConsume(
  client: TopClient,
  request: AlibabaAliqinFlowWalletConsumeRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowWalletConsumeResponse> {
  return client.call<AlibabaAliqinFlowWalletConsumeResponse>(
    {
      method: 'alibaba.aliqin.flow.wallet.consume',
      responseRoot: 'alibaba_aliqin_flow_wallet_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

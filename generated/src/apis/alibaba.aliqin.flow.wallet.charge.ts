// Generated from specs/alicom/alibaba.aliqin.flow.wallet.charge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.wallet.charge` (流量直充). */
export interface AlibabaAliqinFlowWalletChargeRequest {
  /** 充值号码 */
  phone_num: string;
  /** 原因 */
  reason: string;
  /** 档位id */
  grade_id: string;
  /** 唯一流水号 */
  out_recharge_id: string;
  /** 渠道id */
  channel_id: string;
}

/** Response of `alibaba.aliqin.flow.wallet.charge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowWalletChargeResponse {
  /** 充值请求 */
  charge?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  phone_num: 'String',
  reason: 'String',
  grade_id: 'String',
  out_recharge_id: 'String',
  channel_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  charge: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.wallet.charge`: method, response root, request and response schemas. */
export const alibabaAliqinFlowWalletChargeOperation = {
  method: 'alibaba.aliqin.flow.wallet.charge',
  responseRoot: 'alibaba_aliqin_flow_wallet_charge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 流量直充 — calls TOP method `alibaba.aliqin.flow.wallet.charge`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowWalletCharge(
  client: TopClient,
  request: AlibabaAliqinFlowWalletChargeRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowWalletChargeResponse> {
  return client.call<AlibabaAliqinFlowWalletChargeResponse>(
    {
      method: 'alibaba.aliqin.flow.wallet.charge',
      responseRoot: 'alibaba_aliqin_flow_wallet_charge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

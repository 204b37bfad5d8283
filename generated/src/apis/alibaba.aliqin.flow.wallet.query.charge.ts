// Generated from specs/alicom/alibaba.aliqin.flow.wallet.query.charge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.flow.wallet.query.charge` (查询流量充值状态). */
export interface AlibabaAliqinFlowWalletQueryChargeRequest {
  /** 唯一流水号 */
  out_recharge_id: string;
  /** 渠道id */
  channel_id: string;
}

/** Response of `alibaba.aliqin.flow.wallet.query.charge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFlowWalletQueryChargeResponse {
  /** 充值状态 */
  charge?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  out_recharge_id: 'String',
  channel_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  charge: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.flow.wallet.query.charge`: method, response root, request and response schemas. */
export const alibabaAliqinFlowWalletQueryChargeOperation = {
  method: 'alibaba.aliqin.flow.wallet.query.charge',
  responseRoot: 'alibaba_aliqin_flow_wallet_query_charge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询流量充值状态 — calls TOP method `alibaba.aliqin.flow.wallet.query.charge`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFlowWalletQueryCharge(
  client: TopClient,
  request: AlibabaAliqinFlowWalletQueryChargeRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFlowWalletQueryChargeResponse> {
  return client.call<AlibabaAliqinFlowWalletQueryChargeResponse>(
    {
      method: 'alibaba.aliqin.flow.wallet.query.charge',
      responseRoot: 'alibaba_aliqin_flow_wallet_query_charge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/mos/alibaba.mj.presale.settlement.addlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.presale.settlement.addlist` (预售结算数据回传). */
export interface AlibabaMjPresaleSettlementAddlistRequest {
  /** 订单json格式数据 */
  pre_sale_refund_json?: string;
}

/** Response of `alibaba.mj.presale.settlement.addlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjPresaleSettlementAddlistResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  pre_sale_refund_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.presale.settlement.addlist`: method, response root, request and response schemas. */
export const alibabaMjPresaleSettlementAddlistOperation = {
  method: 'alibaba.mj.presale.settlement.addlist',
  responseRoot: 'alibaba_mj_presale_settlement_addlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预售结算数据回传 — calls TOP method `alibaba.mj.presale.settlement.addlist`.
 *
 * 用于预售活动结算数据的回传。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjPresaleSettlementAddlist(
  client: TopClient,
  request: AlibabaMjPresaleSettlementAddlistRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjPresaleSettlementAddlistResponse> {
  return client.call<AlibabaMjPresaleSettlementAddlistResponse>(
    {
      method: 'alibaba.mj.presale.settlement.addlist',
      responseRoot: 'alibaba_mj_presale_settlement_addlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

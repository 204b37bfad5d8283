// Generated from specs/icbuassurance/alibaba.icbu.trade.assurance.account.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.trade.assurance.account.get` (icbu信保账户信息). */
export interface AlibabaIcbuTradeAssuranceAccountGetRequest {}

/** Response of `alibaba.icbu.trade.assurance.account.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuTradeAssuranceAccountGetResponse {
  /** AssuranceAccountResult */
  assurance_account_result?: AlibabaIcbuTradeAssuranceAccountGetAssuranceAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AssuranceAccountResult` of `alibaba.icbu.trade.assurance.account.get`. */
export interface AlibabaIcbuTradeAssuranceAccountGetAssuranceAccountResult {
  /** errorMessage */
  error_message?: string;
  /** value */
  value?: AlibabaIcbuTradeAssuranceAccountGetAssuranceFlag;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `AssuranceFlag` of `alibaba.icbu.trade.assurance.account.get`. */
export interface AlibabaIcbuTradeAssuranceAccountGetAssuranceFlag {
  /** pauseStatus */
  pause_status?: boolean;
  /** guideURL */
  guide_u_r_l?: string;
  /** flagList */
  flag_list?: string[];
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  assurance_account_result: {
    error_message: 'String',
    value: {
      pause_status: 'Boolean',
      guide_u_r_l: 'String',
      flag_list: ['String'],
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.trade.assurance.account.get`: method, response root, request and response schemas. */
export const alibabaIcbuTradeAssuranceAccountGetOperation = {
  method: 'alibaba.icbu.trade.assurance.account.get',
  responseRoot: 'alibaba_icbu_trade_assurance_account_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * icbu信保账户信息 — calls TOP method `alibaba.icbu.trade.assurance.account.get`.
 *
 * icbu交易信用保障开通状态&额度信息查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuTradeAssuranceAccountGet(
  client: TopClient,
  request: AlibabaIcbuTradeAssuranceAccountGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuTradeAssuranceAccountGetResponse> {
  return client.call<AlibabaIcbuTradeAssuranceAccountGetResponse>(
    {
      method: 'alibaba.icbu.trade.assurance.account.get',
      responseRoot: 'alibaba_icbu_trade_assurance_account_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

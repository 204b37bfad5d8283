// Generated from specs/btrip/alitrip.btrip.flight.distribution.account.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.account` (机票分销企业或者tmc企业预存or月结账户查询接口). */
export interface AlitripBtripFlightDistributionAccountRequest {
  /** 入参 */
  param_account_r_q: AlitripBtripFlightDistributionAccountBtripAccountRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.account`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionAccountResponse {
  /** 响应结果 */
  result?: AlitripBtripFlightDistributionAccountBtripAccountPrestoreRs2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripAccountRq` of `alitrip.btrip.flight.distribution.account`. */
export interface AlitripBtripFlightDistributionAccountBtripAccountRqInput {
  /** CorpId */
  sub_channel: string;
}

/** `BtripAccountPrestoreRs` of `alitrip.btrip.flight.distribution.account`. */
export interface AlitripBtripFlightDistributionAccountBtripAccountPrestoreRs2 {
  /** 账户信息返回 */
  module?: AlitripBtripFlightDistributionAccountBtripAccountPrestoreRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripAccountPrestoreRs` of `alitrip.btrip.flight.distribution.account`. */
export interface AlitripBtripFlightDistributionAccountBtripAccountPrestoreRs {
  /** 预存账户 */
  btrip_account_prestore_rs?: AlitripBtripFlightDistributionAccountBtripAccountDetailRs;
  /** 月结 */
  btrip_credi_amount_rs?: AlitripBtripFlightDistributionAccountBtripCrediAmountRs;
}

/** `BtripAccountDetailRs` of `alitrip.btrip.flight.distribution.account`. */
export interface AlitripBtripFlightDistributionAccountBtripAccountDetailRs {
  /** 账户状态1:激活 0：冻结 */
  status?: string;
  /** 账户状态描述。冻结，激活 */
  status_desc?: string;
  /** 可用余额，分 */
  total_amount?: Int64;
  /** 账户余额，分 */
  balance?: Int64;
  /** 冻结金额，分 */
  freeze_amount?: Int64;
}

/** `BtripCrediAmountRs` of `alitrip.btrip.flight.distribution.account`. */
export interface AlitripBtripFlightDistributionAccountBtripCrediAmountRs {
  /** 月结额度 */
  credit_limit?: Int64;
  /** 已使用额度，分 */
  used_credit_limit?: string;
  /** 冻结金额 分 */
  freeze_amount?: Int64;
  /** 已使用额度 分 */
  credit_balance?: Int64;
  /** 剩余可用余额 分 */
  available_amount?: Int64;
  /** 激活/冻结 */
  status_desc?: string;
  /** 账户状态1:激活 0：冻结 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  param_account_r_q: {
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      btrip_account_prestore_rs: {
        status: 'String',
        status_desc: 'String',
        total_amount: 'Number',
        balance: 'Number',
        freeze_amount: 'Number',
      },
      btrip_credi_amount_rs: {
        credit_limit: 'Number',
        used_credit_limit: 'String',
        freeze_amount: 'Number',
        credit_balance: 'Number',
        available_amount: 'Number',
        status_desc: 'String',
        status: 'Number',
      },
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.account`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionAccountOperation = {
  method: 'alitrip.btrip.flight.distribution.account',
  responseRoot: 'alitrip_btrip_flight_distribution_account_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机票分销企业或者tmc企业预存or月结账户查询接口 — calls TOP method `alitrip.btrip.flight.distribution.account`.
 *
 * 机票分销企业或者tmc企业预存or月结账户查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionAccount(
  client: TopClient,
  request: AlitripBtripFlightDistributionAccountRequest,
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionAccountResponse> {
  return client.call<AlitripBtripFlightDistributionAccountResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.account',
      responseRoot: 'alitrip_btrip_flight_distribution_account_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

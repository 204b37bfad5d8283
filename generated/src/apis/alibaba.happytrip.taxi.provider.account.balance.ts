// Generated from specs/happytrip/alibaba.happytrip.taxi.provider.account.balance.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.provider.account.balance` (供应商渠道余额). */
export interface AlibabaHappytripTaxiProviderAccountBalanceRequest {
  /** 成本中心代码，用于区分不同的分账账号 */
  cost_center: string;
}

/** Response of `alibaba.happytrip.taxi.provider.account.balance`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiProviderAccountBalanceResponse {
  /** 错误码 */
  errno?: Int64;
  /** 数据 */
  data?: AlibabaHappytripTaxiProviderAccountBalanceData;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.happytrip.taxi.provider.account.balance`. */
export interface AlibabaHappytripTaxiProviderAccountBalanceData {
  /** 可用额度(单位：分)（余额+信用额度）表示可以支撑使用的金额 */
  balance?: Int64;
  /** 管理员列表 */
  management?: AlibabaHappytripTaxiProviderAccountBalanceManagers[];
  /** 本月已用金额 */
  usage_month?: Int64;
}

/** `Managers` of `alibaba.happytrip.taxi.provider.account.balance`. */
export interface AlibabaHappytripTaxiProviderAccountBalanceManagers {
  /** 联系方式 */
  tel?: string;
  /** 联系人名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  cost_center: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  data: {
    balance: 'Number',
    management: [
      {
        tel: 'String',
        name: 'String',
      },
    ],
    usage_month: 'Number',
  },
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.provider.account.balance`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiProviderAccountBalanceOperation = {
  method: 'alibaba.happytrip.taxi.provider.account.balance',
  responseRoot: 'alibaba_happytrip_taxi_provider_account_balance_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商渠道余额 — calls TOP method `alibaba.happytrip.taxi.provider.account.balance`.
 *
 * 查询不同供应商不同渠道账户余额
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiProviderAccountBalance(
  client: TopClient,
  request: AlibabaHappytripTaxiProviderAccountBalanceRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiProviderAccountBalanceResponse> {
  return client.call<AlibabaHappytripTaxiProviderAccountBalanceResponse>(
    {
      method: 'alibaba.happytrip.taxi.provider.account.balance',
      responseRoot: 'alibaba_happytrip_taxi_provider_account_balance_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/baodian/taobao.baodian.deposit.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baodian.deposit.get` (宝点用户帐户查询（已迁移）). */
export interface TaobaoBaodianDepositGetRequest {}

/** Response of `taobao.baodian.deposit.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaodianDepositGetResponse {
  /** 用户宝点帐户信息 */
  user_coin_deposit?: TaobaoBaodianDepositGetUserCoinDeposit;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserCoinDeposit` of `taobao.baodian.deposit.get`. */
export interface TaobaoBaodianDepositGetUserCoinDeposit {
  /** 用户AuthCode */
  userAuthCode?: string;
  /** 宝点用户体系中的用户字符串ID */
  user_str_id?: string;
  /** 在数娱用户体系中的用户昵称，如果未设置则默认返回淘宝的用户名 */
  user_nick?: string;
  /** 当前宝点帐户余额，即当前宝点数 */
  deposit?: Int64;
  /** 当前信用赊欠宝点数 */
  credit?: Int64;
  /** 当前的信用帐期，即还款期截止日 */
  credit_period?: string;
  /** 用户是否有逾期宝点贷款 */
  is_expired?: boolean;
  /** 用户当前可用的信用消费的额度，即还可以赊欠多少宝点 */
  credit_limit?: Int64;
  /** 单位数量(10个宝点)宝点价格，即10个宝点的价格 */
  price?: Int64;
  /** 能否支付 */
  enable_pay?: boolean;
  /** 是否新注册用户 */
  new_user?: boolean;
  /** 用户积分数量 */
  gamepoints?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user_coin_deposit: {
    userAuthCode: 'String',
    user_str_id: 'String',
    user_nick: 'String',
    deposit: 'Number',
    credit: 'Number',
    credit_period: 'Date',
    is_expired: 'Boolean',
    credit_limit: 'Number',
    price: 'Number',
    enable_pay: 'Boolean',
    new_user: 'Boolean',
    gamepoints: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baodian.deposit.get`: method, response root, request and response schemas. */
export const taobaoBaodianDepositGetOperation = {
  method: 'taobao.baodian.deposit.get',
  responseRoot: 'baodian_deposit_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 宝点用户帐户查询（已迁移） — calls TOP method `taobao.baodian.deposit.get`.
 *
 * 查询用户宝点帐户信息及当前宝点价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaodianDepositGet(
  client: TopClient,
  request: TaobaoBaodianDepositGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaodianDepositGetResponse> {
  return client.call<TaobaoBaodianDepositGetResponse>(
    {
      method: 'taobao.baodian.deposit.get',
      responseRoot: 'baodian_deposit_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

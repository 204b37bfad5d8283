// Generated from specs/baodian/taobao.baodian.deposit.get.with.sdkversion.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baodian.deposit.get.with.sdkversion` (查询用户宝点信息（带sdk版本，已迁移）). */
export interface TaobaoBaodianDepositGetWithSdkversionRequest {
  /** 设备型号 */
  device_model: string;
  /** uuid */
  uuid: string;
  /** sdk版本 */
  sdk_version: string;
}

/** Response of `taobao.baodian.deposit.get.with.sdkversion`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaodianDepositGetWithSdkversionResponse {
  /** 结构体 */
  result?: TaobaoBaodianDepositGetWithSdkversionCoinUserDepositV2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CoinUserDepositV2` of `taobao.baodian.deposit.get.with.sdkversion`. */
export interface TaobaoBaodianDepositGetWithSdkversionCoinUserDepositV2 {
  /** 欠款 */
  credit?: Int64;
  /** 欠款额度 */
  credit_limit?: Int64;
  /** 账期 */
  credit_period?: string;
  /** 宝点余额 */
  deposit?: Int64;
  /** 设备授权 */
  device_auth?: boolean;
  /** 可以付款 */
  enable_pay?: boolean;
  /** 积分 */
  game_point?: Int64;
  /** 图片地址 */
  image_url?: string;
  /** 用户是否有逾期宝点贷款 */
  is_expired?: boolean;
  /** 是否开通先用后付 */
  is_pay_after_play?: boolean;
  /** 是否新用户 */
  new_user?: boolean;
  /** 单位数量(10个宝点)宝点价格，即10个宝点的价格 */
  price?: Int64;
  /** auth code */
  user_auth_code?: string;
  /** 昵称 */
  user_nick?: string;
  /** 用户 str id */
  user_str_id?: string;
  /** 头像地址 */
  avatar_url?: string;
}

const REQUEST_SCHEMA = {
  device_model: 'String',
  uuid: 'String',
  sdk_version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    credit: 'Number',
    credit_limit: 'Number',
    credit_period: 'Date',
    deposit: 'Number',
    device_auth: 'Boolean',
    enable_pay: 'Boolean',
    game_point: 'Number',
    image_url: 'String',
    is_expired: 'Boolean',
    is_pay_after_play: 'Boolean',
    new_user: 'Boolean',
    price: 'Number',
    user_auth_code: 'String',
    user_nick: 'String',
    user_str_id: 'String',
    avatar_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baodian.deposit.get.with.sdkversion`: method, response root, request and response schemas. */
export const taobaoBaodianDepositGetWithSdkversionOperation = {
  method: 'taobao.baodian.deposit.get.with.sdkversion',
  responseRoot: 'baodian_deposit_get_with_sdkversion_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户宝点信息（带sdk版本，已迁移） — calls TOP method `taobao.baodian.deposit.get.with.sdkversion`.
 *
 * 获取用户宝点信息（带sdk版本，已迁移）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaodianDepositGetWithSdkversion(
  client: TopClient,
  request: TaobaoBaodianDepositGetWithSdkversionRequest,
  options?: CallOptions,
): Promise<TaobaoBaodianDepositGetWithSdkversionResponse> {
  return client.call<TaobaoBaodianDepositGetWithSdkversionResponse>(
    {
      method: 'taobao.baodian.deposit.get.with.sdkversion',
      responseRoot: 'baodian_deposit_get_with_sdkversion_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

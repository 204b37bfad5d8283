// Generated from specs/waybill/cainiao.waybill.privacy.subscription.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.privacy.subscription.get` (隐私面单商家订购查询). */
export interface CainiaoWaybillPrivacySubscriptionGetRequest {}

/** Response of `cainiao.waybill.privacy.subscription.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillPrivacySubscriptionGetResponse {
  /** 接口返回model */
  result?: CainiaoWaybillPrivacySubscriptionGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `cainiao.waybill.privacy.subscription.get`. */
export interface CainiaoWaybillPrivacySubscriptionGetResult {
  /** 错误code列表 */
  error_code_list?: string[];
  /** 是否失败 */
  failure?: boolean;
  /** 第一个错误 */
  one_error_info?: string;
  /** 是否成功 */
  success?: boolean;
  /** 商家是否订购 */
  subscription?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误列表 */
  error_info_list?: string[];
  /** 系统信息 */
  object_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code_list: ['String'],
    failure: 'Boolean',
    one_error_info: 'String',
    success: 'Boolean',
    subscription: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    error_info_list: ['String'],
    object_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.privacy.subscription.get`: method, response root, request and response schemas. */
export const cainiaoWaybillPrivacySubscriptionGetOperation = {
  method: 'cainiao.waybill.privacy.subscription.get',
  responseRoot: 'cainiao_waybill_privacy_subscription_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 隐私面单商家订购查询 — calls TOP method `cainiao.waybill.privacy.subscription.get`.
 *
 * ISV查询商家是否订购隐私面单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillPrivacySubscriptionGet(
  client: TopClient,
  request: CainiaoWaybillPrivacySubscriptionGetRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillPrivacySubscriptionGetResponse> {
  return client.call<CainiaoWaybillPrivacySubscriptionGetResponse>(
    {
      method: 'cainiao.waybill.privacy.subscription.get',
      responseRoot: 'cainiao_waybill_privacy_subscription_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

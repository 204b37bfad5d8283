// Generated from specs/jst/alibaba.modifyaddress.isv.bindseller.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.modifyaddress.isv.bindseller.check` (查询服务商下的商家是否开通了改地址). */
export interface AlibabaModifyaddressIsvBindsellerCheckRequest {}

/** Response of `alibaba.modifyaddress.isv.bindseller.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaModifyaddressIsvBindsellerCheckResponse {
  /** model */
  model?: AlibabaModifyaddressIsvBindsellerCheckCheckSellerChooseErpResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckSellerChooseErpResponse` of `alibaba.modifyaddress.isv.bindseller.check`. */
export interface AlibabaModifyaddressIsvBindsellerCheckCheckSellerChooseErpResponse {
  /**
   * 状态结果 您无权查询此商家信息
   * 已与当前服务商签约改地址服务 当前商家改地址服务未签约服务商 已与其他服务商签约改地址服务
   */
  status?: string;
  /** 商家绑定的appkey */
  appkey?: string;
  /** app名称 */
  app_title?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    status: 'String',
    appkey: 'String',
    app_title: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.modifyaddress.isv.bindseller.check`: method, response root, request and response schemas. */
export const alibabaModifyaddressIsvBindsellerCheckOperation = {
  method: 'alibaba.modifyaddress.isv.bindseller.check',
  responseRoot: 'alibaba_modifyaddress_isv_bindseller_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询服务商下的商家是否开通了改地址 — calls TOP method `alibaba.modifyaddress.isv.bindseller.check`.
 *
 * 鉴权服务商和商家的绑定关系，看商家是否开通了改地址
 * 1. 没有授权
 * 2. 已与当前appkey签约
 * 3. 没有签约
 * 4. 与其他服务商软件签约，如果是同一个isv name，返回appkey，否则不返回。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaModifyaddressIsvBindsellerCheck(
  client: TopClient,
  request: AlibabaModifyaddressIsvBindsellerCheckRequest = {},
  options?: CallOptions,
): Promise<AlibabaModifyaddressIsvBindsellerCheckResponse> {
  return client.call<AlibabaModifyaddressIsvBindsellerCheckResponse>(
    {
      method: 'alibaba.modifyaddress.isv.bindseller.check',
      responseRoot: 'alibaba_modifyaddress_isv_bindseller_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

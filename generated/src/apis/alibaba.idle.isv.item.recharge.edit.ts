// Generated from specs/idle/alibaba.idle.isv.item.recharge.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.item.recharge.edit` (闲鱼商品直充功能编辑). */
export interface AlibabaIdleIsvItemRechargeEditRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 直充信息 */
  idle_item_api_auto_recharge_do: AlibabaIdleIsvItemRechargeEditIdleItemApiAutoRechargeDOInput;
}

/** Response of `alibaba.idle.isv.item.recharge.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvItemRechargeEditResponse {
  /** 返回结果 */
  result?: AlibabaIdleIsvItemRechargeEditTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleItemApiAutoRechargeDO` of `alibaba.idle.isv.item.recharge.edit`. */
export interface AlibabaIdleIsvItemRechargeEditIdleItemApiAutoRechargeDOInput {
  /** add：增加；remove：移除。 */
  action: string;
  /** 直充附加信息 */
  template_extra_info?: string;
  /** 直充模板标识 */
  template_code?: string;
}

/** `TopResult` of `alibaba.idle.isv.item.recharge.edit`. */
export interface AlibabaIdleIsvItemRechargeEditTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  idle_item_api_auto_recharge_do: {
    action: 'String',
    template_extra_info: 'String',
    template_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.item.recharge.edit`: method, response root, request and response schemas. */
export const alibabaIdleIsvItemRechargeEditOperation = {
  method: 'alibaba.idle.isv.item.recharge.edit',
  responseRoot: 'alibaba_idle_isv_item_recharge_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼商品直充功能编辑 — calls TOP method `alibaba.idle.isv.item.recharge.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvItemRechargeEdit(
  client: TopClient,
  request: AlibabaIdleIsvItemRechargeEditRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvItemRechargeEditResponse> {
  return client.call<AlibabaIdleIsvItemRechargeEditResponse>(
    {
      method: 'alibaba.idle.isv.item.recharge.edit',
      responseRoot: 'alibaba_idle_isv_item_recharge_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

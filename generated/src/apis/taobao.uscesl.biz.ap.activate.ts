// Generated from specs/uscesl/taobao.uscesl.biz.ap.activate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.ap.activate` (激活AP价签通讯模块). */
export interface TaobaoUsceslBizApActivateRequest {
  /** AP的mac地址 */
  ap_mac: string;
  /** 门店ID */
  store_id: Int64Input;
  /** 商家编码 */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.biz.ap.activate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizApActivateResponse {
  /** 成功与否看result.success，返回true或者false */
  result?: TaobaoUsceslBizApActivateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.uscesl.biz.ap.activate`. */
export interface TaobaoUsceslBizApActivateResult {
  /** 错误信息 */
  message?: string;
  /** 业务true或false */
  is_success?: boolean;
  /** 错误编码 */
  business_code?: string;
  /** 1标识成功,其他失败 */
  return_code?: Int64;
  /** 请求true或false */
  target?: boolean;
}

const REQUEST_SCHEMA = {
  ap_mac: 'String',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    is_success: 'Boolean',
    business_code: 'String',
    return_code: 'Number',
    target: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.ap.activate`: method, response root, request and response schemas. */
export const taobaoUsceslBizApActivateOperation = {
  method: 'taobao.uscesl.biz.ap.activate',
  responseRoot: 'uscesl_biz_ap_activate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 激活AP价签通讯模块 — calls TOP method `taobao.uscesl.biz.ap.activate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizApActivate(
  client: TopClient,
  request: TaobaoUsceslBizApActivateRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizApActivateResponse> {
  return client.call<TaobaoUsceslBizApActivateResponse>(
    {
      method: 'taobao.uscesl.biz.ap.activate',
      responseRoot: 'uscesl_biz_ap_activate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/uscesl/taobao.uscesl.biz.ap.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.ap.delete` (删除价签AP设备). */
export interface TaobaoUsceslBizApDeleteRequest {
  /** ap的MAC地址 */
  ap_mac?: string;
  /** 门店ID */
  store_id?: Int64Input;
  /** 商家CODE */
  biz_brand_key?: string;
}

/** Response of `taobao.uscesl.biz.ap.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizApDeleteResponse {
  /** 成功与否看result.success，返回true或者false */
  result?: TaobaoUsceslBizApDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.uscesl.biz.ap.delete`. */
export interface TaobaoUsceslBizApDeleteResult {
  /** 返回执行对象 */
  target?: boolean;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 业务执行返回码 */
  business_code?: string;
  /** 返回码 */
  return_code?: Int64;
}

const REQUEST_SCHEMA = {
  ap_mac: 'String',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    target: 'Boolean',
    message: 'String',
    success: 'Boolean',
    business_code: 'String',
    return_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.ap.delete`: method, response root, request and response schemas. */
export const taobaoUsceslBizApDeleteOperation = {
  method: 'taobao.uscesl.biz.ap.delete',
  responseRoot: 'uscesl_biz_ap_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除价签AP设备 — calls TOP method `taobao.uscesl.biz.ap.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizApDelete(
  client: TopClient,
  request: TaobaoUsceslBizApDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoUsceslBizApDeleteResponse> {
  return client.call<TaobaoUsceslBizApDeleteResponse>(
    {
      method: 'taobao.uscesl.biz.ap.delete',
      responseRoot: 'uscesl_biz_ap_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

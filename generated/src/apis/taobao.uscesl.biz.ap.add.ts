// Generated from specs/uscesl/taobao.uscesl.biz.ap.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.ap.add` (新增价签通讯AP设备). */
export interface TaobaoUsceslBizApAddRequest {
  /** AP MAC地址 */
  ap_mac?: string;
  /** 价签系统门店ID */
  store_id?: Int64Input;
  /** 商家code */
  biz_brand_key?: string;
}

/** Response of `taobao.uscesl.biz.ap.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizApAddResponse {
  /** 接口返回model */
  result?: TaobaoUsceslBizApAddResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.uscesl.biz.ap.add`. */
export interface TaobaoUsceslBizApAddResult {
  /** 本次执行返回code */
  return_code?: Int64;
  /** 业务错误code */
  business_code?: string;
  /** 执行成功或失败 */
  success?: boolean;
  /** 业务错误文案 */
  message?: string;
  /** 返回本次执行成功或失败 */
  target?: boolean;
}

const REQUEST_SCHEMA = {
  ap_mac: 'String',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'Number',
    business_code: 'String',
    success: 'Boolean',
    message: 'String',
    target: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.ap.add`: method, response root, request and response schemas. */
export const taobaoUsceslBizApAddOperation = {
  method: 'taobao.uscesl.biz.ap.add',
  responseRoot: 'uscesl_biz_ap_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增价签通讯AP设备 — calls TOP method `taobao.uscesl.biz.ap.add`.
 *
 * 根据门店和ap的MAC地址新增
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizApAdd(
  client: TopClient,
  request: TaobaoUsceslBizApAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoUsceslBizApAddResponse> {
  return client.call<TaobaoUsceslBizApAddResponse>(
    {
      method: 'taobao.uscesl.biz.ap.add',
      responseRoot: 'uscesl_biz_ap_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

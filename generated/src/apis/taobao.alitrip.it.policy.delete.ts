// Generated from specs/itpolicy/taobao.alitrip.it.policy.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.policy.delete` (【国际机票销售规则】单条删除). */
export interface TaobaoAlitripItPolicyDeleteRequest {
  /** 扩展字段 */
  extend_attributes?: string;
  /** 接入方产品id */
  out_id?: string;
  /** 淘宝政策id */
  taobao_id?: Int64Input;
}

/** Response of `taobao.alitrip.it.policy.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItPolicyDeleteResponse {
  /** 扩展字段 */
  extend_attributes?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extend_attributes: 'String',
  out_id: 'String',
  taobao_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.policy.delete`: method, response root, request and response schemas. */
export const taobaoAlitripItPolicyDeleteOperation = {
  method: 'taobao.alitrip.it.policy.delete',
  responseRoot: 'alitrip_it_policy_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票销售规则】单条删除 — calls TOP method `taobao.alitrip.it.policy.delete`.
 *
 * 销售规则删除接口，可以根据taobaoId或outId删除，根据outId删除时，如果outId不唯一，返回失败
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItPolicyDelete(
  client: TopClient,
  request: TaobaoAlitripItPolicyDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItPolicyDeleteResponse> {
  return client.call<TaobaoAlitripItPolicyDeleteResponse>(
    {
      method: 'taobao.alitrip.it.policy.delete',
      responseRoot: 'alitrip_it_policy_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/xhotelonlineorder/taobao.xhotel.memberright.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.memberright.update` (酒店会员权益更新操作). */
export interface TaobaoXhotelMemberrightUpdateRequest {
  /** 淘宝用户id */
  taobao_user_id: Int64Input;
  /** 表示用户是否有对应的权益，取值范围true、false */
  has_right: boolean;
  /** 会员权益类型，1表示首住权益 */
  right_type: Int64Input;
}

/** Response of `taobao.xhotel.memberright.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMemberrightUpdateResponse {
  /** result */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  taobao_user_id: 'Number',
  has_right: 'Boolean',
  right_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.memberright.update`: method, response root, request and response schemas. */
export const taobaoXhotelMemberrightUpdateOperation = {
  method: 'taobao.xhotel.memberright.update',
  responseRoot: 'xhotel_memberright_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店会员权益更新操作 — calls TOP method `taobao.xhotel.memberright.update`.
 *
 * 当用户在搜索酒店时，我们需要根据用户是否可享有某项权益来进行相应价格的展示或隐藏，因此我们在酒店搜索时就需要判断用户是否享有某项权益。而由于酒店搜索频率过高，为提高搜索性能并降低第三方接口压力，当用户在搜索酒店时，淘宝会通过读取淘宝本地缓存的用户相关权益信息来进行判断。为提高缓存的准确性，当第三方有用户相关权益有变化时，通过调用淘宝此接口来更新淘宝本地缓存。此接口需要采用Top方式调用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMemberrightUpdate(
  client: TopClient,
  request: TaobaoXhotelMemberrightUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelMemberrightUpdateResponse> {
  return client.call<TaobaoXhotelMemberrightUpdateResponse>(
    {
      method: 'taobao.xhotel.memberright.update',
      responseRoot: 'xhotel_memberright_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

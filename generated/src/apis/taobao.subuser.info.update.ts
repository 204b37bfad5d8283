// Generated from specs/subuser/taobao.subuser.info.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subuser.info.update` (修改指定账户子账号的基本信息). */
export interface TaobaoSubuserInfoUpdateRequest {
  /** 子账号ID */
  sub_id: Int64Input;
  /** 子账号是否参与分流 true:参与分流 false:不参与分流 */
  is_dispatch?: boolean;
  /** 是否停用子账号 true:表示停用该子账号false:表示开启该子账号 */
  is_disable_subaccount?: boolean;
}

/** Response of `taobao.subuser.info.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubuserInfoUpdateResponse {
  /** 操作是否成功 true:操作成功; false:操作失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sub_id: 'Number',
  is_dispatch: 'Boolean',
  is_disable_subaccount: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subuser.info.update`: method, response root, request and response schemas. */
export const taobaoSubuserInfoUpdateOperation = {
  method: 'taobao.subuser.info.update',
  responseRoot: 'subuser_info_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改指定账户子账号的基本信息 — calls TOP method `taobao.subuser.info.update`.
 *
 * 修改指定账户子账号的基本信息（通过主账号登陆只能修改属于该主账号的子账号基本信息）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubuserInfoUpdate(
  client: TopClient,
  request: TaobaoSubuserInfoUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSubuserInfoUpdateResponse> {
  return client.call<TaobaoSubuserInfoUpdateResponse>(
    {
      method: 'taobao.subuser.info.update',
      responseRoot: 'subuser_info_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/jst/taobao.jds.hluser.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jds.hluser.update` (订单全链路用户信息修改). */
export interface TaobaoJdsHluserUpdateRequest {
  /** 回流信息是否开通买家端展示,可选值open,close */
  open_for_buyer?: string;
  /** 为空,则默认是X_TO_SYSTEM,X_WAIT_ALLOCATION,X_OUT_WAREHOUSE 可选值是X_DOWNLOADED,X_TO_SYSTEM,X_SERVICE_AUDITED,X_FINANCE_AUDITED,X_ALLOCATION_NOTIFIED,X_WAIT_ALLOCATION,X_SORT_PRINTED,X_SEND_PRINTED,X_LOGISTICS_PRINTED,X_SORTED,X_EXAMINED,X_PACKAGED,X_WEIGHED,X_OUT_WAREHOUS */
  open_nodes?: string;
}

/** Response of `taobao.jds.hluser.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJdsHluserUpdateResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  open_for_buyer: 'String',
  open_nodes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jds.hluser.update`: method, response root, request and response schemas. */
export const taobaoJdsHluserUpdateOperation = {
  method: 'taobao.jds.hluser.update',
  responseRoot: 'jds_hluser_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单全链路用户信息修改 — calls TOP method `taobao.jds.hluser.update`.
 *
 * 订单全链路用户信息修改，比如是否开放买家端展示
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJdsHluserUpdate(
  client: TopClient,
  request: TaobaoJdsHluserUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoJdsHluserUpdateResponse> {
  return client.call<TaobaoJdsHluserUpdateResponse>(
    {
      method: 'taobao.jds.hluser.update',
      responseRoot: 'jds_hluser_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

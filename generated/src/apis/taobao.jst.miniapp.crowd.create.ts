// Generated from specs/jst/taobao.jst.miniapp.crowd.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.miniapp.crowd.create` (小程序活动创建). */
export interface TaobaoJstMiniappCrowdCreateRequest {
  /** 活动开始时间，开始时间和结束时间不能超过1个月 */
  end_date: DateInput;
  /** 活动描述 */
  description: string;
  /** 活动开始时间 */
  start_date: DateInput;
  /** 活动名称 */
  crowd_name: string;
}

/** Response of `taobao.jst.miniapp.crowd.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstMiniappCrowdCreateResponse {
  /** 活动Code，活动的唯一标识 */
  result?: string;
  /** 状态码 */
  r_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  end_date: 'Date',
  description: 'String',
  start_date: 'Date',
  crowd_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  r_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.miniapp.crowd.create`: method, response root, request and response schemas. */
export const taobaoJstMiniappCrowdCreateOperation = {
  method: 'taobao.jst.miniapp.crowd.create',
  responseRoot: 'jst_miniapp_crowd_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序活动创建 — calls TOP method `taobao.jst.miniapp.crowd.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstMiniappCrowdCreate(
  client: TopClient,
  request: TaobaoJstMiniappCrowdCreateRequest,
  options?: CallOptions,
): Promise<TaobaoJstMiniappCrowdCreateResponse> {
  return client.call<TaobaoJstMiniappCrowdCreateResponse>(
    {
      method: 'taobao.jst.miniapp.crowd.create',
      responseRoot: 'jst_miniapp_crowd_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/user/taobao.lark.pos.itemprod.findterminal.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.lark.pos.itemprod.findterminal` (终端配置支持). */
export interface TaobaoLarkPosItemprodFindterminalRequest {
  /** 终端id */
  device_id?: string;
  /** 终端类型 */
  device_type?: string;
  /** 912874323429834 */
  create_user?: string;
  /** 租户编码 */
  lease_code?: string;
  /** 影城id */
  cinema_id?: string;
  /** 影城名称 */
  cinema_name?: string;
}

/** Response of `taobao.lark.pos.itemprod.findterminal`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLarkPosItemprodFindterminalResponse {
  /** 终端配置信息响应 */
  data?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  device_type: 'String',
  create_user: 'String',
  lease_code: 'String',
  cinema_id: 'String',
  cinema_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.lark.pos.itemprod.findterminal`: method, response root, request and response schemas. */
export const taobaoLarkPosItemprodFindterminalOperation = {
  method: 'taobao.lark.pos.itemprod.findterminal',
  responseRoot: 'lark_pos_itemprod_findterminal_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 终端配置支持 — calls TOP method `taobao.lark.pos.itemprod.findterminal`.
 *
 * 终端配置支持,读取如果不存在则创建和远程的连接配置并返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLarkPosItemprodFindterminal(
  client: TopClient,
  request: TaobaoLarkPosItemprodFindterminalRequest = {},
  options?: CallOptions,
): Promise<TaobaoLarkPosItemprodFindterminalResponse> {
  return client.call<TaobaoLarkPosItemprodFindterminalResponse>(
    {
      method: 'taobao.lark.pos.itemprod.findterminal',
      responseRoot: 'lark_pos_itemprod_findterminal_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/larkiot/taobao.lark.pos.basedata.getworkstation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.lark.pos.basedata.getworkstation` (根据影城id工作站和macId获取工作站). */
export interface TaobaoLarkPosBasedataGetworkstationRequest {
  /** 影城cinemaLinkId */
  cinema_link_id?: string;
  /** 终端编码 */
  pos_code?: string;
}

/** Response of `taobao.lark.pos.basedata.getworkstation`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLarkPosBasedataGetworkstationResponse {
  /** 响应结果 */
  data?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  cinema_link_id: 'String',
  pos_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.lark.pos.basedata.getworkstation`: method, response root, request and response schemas. */
export const taobaoLarkPosBasedataGetworkstationOperation = {
  method: 'taobao.lark.pos.basedata.getworkstation',
  responseRoot: 'lark_pos_basedata_getworkstation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据影城id工作站和macId获取工作站 — calls TOP method `taobao.lark.pos.basedata.getworkstation`.
 *
 * 获取单独工作站
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLarkPosBasedataGetworkstation(
  client: TopClient,
  request: TaobaoLarkPosBasedataGetworkstationRequest = {},
  options?: CallOptions,
): Promise<TaobaoLarkPosBasedataGetworkstationResponse> {
  return client.call<TaobaoLarkPosBasedataGetworkstationResponse>(
    {
      method: 'taobao.lark.pos.basedata.getworkstation',
      responseRoot: 'lark_pos_basedata_getworkstation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

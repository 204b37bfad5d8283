// Generated from specs/product/alibaba.jym.item.game.sever.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.game.sever.query` (查询商品发布客户端下可用服务器列表). */
export interface AlibabaJymItemGameSeverQueryRequest {
  /** 游戏ID */
  game_id: Int64Input;
  /** 客户端ID */
  client_id: Int64Input;
}

/** Response of `alibaba.jym.item.game.sever.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemGameSeverQueryResponse {
  /** 游戏服务器对象 */
  result?: AlibabaJymItemGameSeverQueryGoodsServerDto[];
  /** 响应码信息描述 */
  extra_err_msg?: string;
  /** 是否请求成功 */
  succeed?: boolean;
  /** 响应码 */
  state_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsServerDto` of `alibaba.jym.item.game.sever.query`. */
export interface AlibabaJymItemGameSeverQueryGoodsServerDto {
  /** 游戏ID */
  game_id?: Int64;
  /** 服务器名称 */
  name?: string;
  /** 服务器ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  game_id: 'Number',
  client_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      game_id: 'Number',
      name: 'String',
      id: 'Number',
    },
  ],
  extra_err_msg: 'String',
  succeed: 'Boolean',
  state_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.game.sever.query`: method, response root, request and response schemas. */
export const alibabaJymItemGameSeverQueryOperation = {
  method: 'alibaba.jym.item.game.sever.query',
  responseRoot: 'alibaba_jym_item_game_sever_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品发布客户端下可用服务器列表 — calls TOP method `alibaba.jym.item.game.sever.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemGameSeverQuery(
  client: TopClient,
  request: AlibabaJymItemGameSeverQueryRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemGameSeverQueryResponse> {
  return client.call<AlibabaJymItemGameSeverQueryResponse>(
    {
      method: 'alibaba.jym.item.game.sever.query',
      responseRoot: 'alibaba_jym_item_game_sever_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tbitem/taobao.item.anchor.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.anchor.get` (获取可用宝贝描述规范化模块). */
export interface TaobaoItemAnchorGetRequest {
  /** 宝贝模板类型是人工打标还是自动打标：人工打标为1，自动打标为0.人工和自动打标为-1.(最小值：-1，最大值：1) */
  type: Int64Input;
  /** 对应类目编号 */
  cat_id: Int64Input;
}

/** Response of `taobao.item.anchor.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemAnchorGetResponse {
  /** 返回的宝贝描述模板结果数目 */
  total_results?: Int64;
  /** 宝贝描述规范化可使用打标模块的锚点信息 */
  anchor_modules?: TaobaoItemAnchorGetIdsModule[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdsModule` of `taobao.item.anchor.get`. */
export interface TaobaoItemAnchorGetIdsModule {
  /** 宝贝描述规范化模块名 */
  name?: string;
  /** 宝贝描述规范化模块id */
  id?: Int64;
  /**
   * 0为自动打标；
   * 1为人工打标；
   */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  type: 'Number',
  cat_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  anchor_modules: [
    {
      name: 'String',
      id: 'Number',
      type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.anchor.get`: method, response root, request and response schemas. */
export const taobaoItemAnchorGetOperation = {
  method: 'taobao.item.anchor.get',
  responseRoot: 'item_anchor_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取可用宝贝描述规范化模块 — calls TOP method `taobao.item.anchor.get`.
 *
 * 根据类目id和宝贝描述规范化打标类型获取该类目可用的宝贝描述模块中的锚点
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemAnchorGet(
  client: TopClient,
  request: TaobaoItemAnchorGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemAnchorGetResponse> {
  return client.call<TaobaoItemAnchorGetResponse>(
    {
      method: 'taobao.item.anchor.get',
      responseRoot: 'item_anchor_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

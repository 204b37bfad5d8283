// Generated from specs/xhotelitem/taobao.xhotel.get.entity.by.tag.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.get.entity.by.tag` (根据标签查询实体). */
export interface TaobaoXhotelGetEntityByTagRequest {
  /** 标签 */
  tag?: Int64Input;
  /** 查询token， 填入上一页查询的返回结果，只能按顺序单线程查询 */
  token_str?: string;
}

/** Response of `taobao.xhotel.get.entity.by.tag`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelGetEntityByTagResponse {
  /** 出参 */
  tag_query_result?: TaobaoXhotelGetEntityByTagTagQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TagQueryResult` of `taobao.xhotel.get.entity.by.tag`. */
export interface TaobaoXhotelGetEntityByTagTagQueryResult {
  /** 总数 */
  total_amount?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 列表 */
  tag_entity_do_list?: TaobaoXhotelGetEntityByTagTagEntityDoList[];
  /** token */
  token_str?: string;
  /** 耗时 */
  spent_time?: Int64;
  /** 错误信息 */
  error_msg?: string;
}

/** `TagEntityDoList` of `taobao.xhotel.get.entity.by.tag`. */
export interface TaobaoXhotelGetEntityByTagTagEntityDoList {
  /** 实体id */
  entity_id?: Int64;
}

const REQUEST_SCHEMA = {
  tag: 'Number',
  token_str: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tag_query_result: {
    total_amount: 'Number',
    success: 'Boolean',
    tag_entity_do_list: [
      {
        entity_id: 'Number',
      },
    ],
    token_str: 'String',
    spent_time: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.get.entity.by.tag`: method, response root, request and response schemas. */
export const taobaoXhotelGetEntityByTagOperation = {
  method: 'taobao.xhotel.get.entity.by.tag',
  responseRoot: 'xhotel_get_entity_by_tag_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据标签查询实体 — calls TOP method `taobao.xhotel.get.entity.by.tag`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelGetEntityByTag(
  client: TopClient,
  request: TaobaoXhotelGetEntityByTagRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelGetEntityByTagResponse> {
  return client.call<TaobaoXhotelGetEntityByTagResponse>(
    {
      method: 'taobao.xhotel.get.entity.by.tag',
      responseRoot: 'xhotel_get_entity_by_tag_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

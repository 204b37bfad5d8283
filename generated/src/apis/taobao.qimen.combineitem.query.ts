// Generated from specs/qimen/taobao.qimen.combineitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.combineitem.query` (组合货品关系查询接口). */
export interface TaobaoQimenCombineitemQueryRequest {
  request?: TaobaoQimenCombineitemQueryRequestInput;
}

/** Response of `taobao.qimen.combineitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenCombineitemQueryResponse {
  response?: TaobaoQimenCombineitemQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.combineitem.query`. */
export interface TaobaoQimenCombineitemQueryRequestInput {
  /** 奇门仓储字段 */
  ownerCode?: string;
  /** 奇门仓储字段 */
  itemId?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Response` of `taobao.qimen.combineitem.query`. */
export interface TaobaoQimenCombineitemQueryResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 奇门仓储字段 */
  combItems?: TaobaoQimenCombineitemQueryCombItem[];
}

/** `CombItem` of `taobao.qimen.combineitem.query`. */
export interface TaobaoQimenCombineitemQueryCombItem {
  /** 奇门仓储字段 */
  itemId?: string;
  /** 奇门仓储字段 */
  count?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    itemId: 'String',
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    combItems: [
      {
        itemId: 'String',
        count: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.combineitem.query`: method, response root, request and response schemas. */
export const taobaoQimenCombineitemQueryOperation = {
  method: 'taobao.qimen.combineitem.query',
  responseRoot: 'qimen_combineitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合货品关系查询接口 — calls TOP method `taobao.qimen.combineitem.query`.
 *
 * 组合货品关系查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenCombineitemQuery(
  client: TopClient,
  request: TaobaoQimenCombineitemQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenCombineitemQueryResponse> {
  return client.call<TaobaoQimenCombineitemQueryResponse>(
    {
      method: 'taobao.qimen.combineitem.query',
      responseRoot: 'qimen_combineitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

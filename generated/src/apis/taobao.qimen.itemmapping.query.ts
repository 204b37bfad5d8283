// Generated from specs/qimen/taobao.qimen.itemmapping.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.itemmapping.query` (前后端商品映射查询接口). */
export interface TaobaoQimenItemmappingQueryRequest {
  request?: TaobaoQimenItemmappingQueryRequestInput;
}

/** Response of `taobao.qimen.itemmapping.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemmappingQueryResponse {
  response?: TaobaoQimenItemmappingQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.itemmapping.query`. */
export interface TaobaoQimenItemmappingQueryRequestInput {
  /** 奇门仓储字段,C123,string(50),, */
  queryType?: string;
  /** 奇门仓储字段,C123,string(50),, */
  ownerCode?: string;
  /** 奇门仓储字段,C123,string(50),, */
  itemId?: string;
  /** 奇门仓储字段,C123,string(50),, */
  shopItemId?: string;
  /** 奇门仓储字段,C123,string(50),, */
  skuId?: string;
}

/** `Response` of `taobao.qimen.itemmapping.query`. */
export interface TaobaoQimenItemmappingQueryResponse2 {
  /** 响应结果:success|failure,success,string(10),必填 */
  flag?: string;
  /** 响应码,0,string(50), */
  code?: string;
  /** 响应信息,invalid appkey,string(100), */
  message?: string;
  /** 商品映射关系 */
  itemMappings?: TaobaoQimenItemmappingQueryItemMapping[];
}

/** `ItemMapping` of `taobao.qimen.itemmapping.query`. */
export interface TaobaoQimenItemmappingQueryItemMapping {
  /** 奇门仓储字段,C123,string(50), */
  ownerCode?: string;
  /** 奇门仓储字段,C123,string(50), */
  shopNick?: string;
  /** 奇门仓储字段,C123,string(50), */
  itemSource?: string;
  /** 奇门仓储字段,C123,string(50), */
  itemId?: string;
  /** 奇门仓储字段,C123,string(50), */
  shopItemId?: string;
  /** 奇门仓储字段,C123,string(50), */
  skuId?: string;
}

const REQUEST_SCHEMA = {
  request: {
    queryType: 'String',
    ownerCode: 'String',
    itemId: 'String',
    shopItemId: 'String',
    skuId: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    itemMappings: [
      {
        ownerCode: 'String',
        shopNick: 'String',
        itemSource: 'String',
        itemId: 'String',
        shopItemId: 'String',
        skuId: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.itemmapping.query`: method, response root, request and response schemas. */
export const taobaoQimenItemmappingQueryOperation = {
  method: 'taobao.qimen.itemmapping.query',
  responseRoot: 'qimen_itemmapping_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 前后端商品映射查询接口 — calls TOP method `taobao.qimen.itemmapping.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemmappingQuery(
  client: TopClient,
  request: TaobaoQimenItemmappingQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenItemmappingQueryResponse> {
  return client.call<TaobaoQimenItemmappingQueryResponse>(
    {
      method: 'taobao.qimen.itemmapping.query',
      responseRoot: 'qimen_itemmapping_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

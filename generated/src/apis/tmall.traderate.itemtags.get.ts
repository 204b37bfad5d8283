// Generated from specs/traderate/tmall.traderate.itemtags.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traderate.itemtags.get` (通过商品ID获取标签列表). */
export interface TmallTraderateItemtagsGetRequest {
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `tmall.traderate.itemtags.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraderateItemtagsGetResponse {
  /** 标签列表 */
  tags?: TmallTraderateItemtagsGetTmallRateTagDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmallRateTagDetail` of `tmall.traderate.itemtags.get`. */
export interface TmallTraderateItemtagsGetTmallRateTagDetail {
  /** 反应该标签的评价数量 */
  count?: Int64;
  /** 标签的极性：1正极 -1负极 */
  posi?: boolean;
  /** 标签名称 */
  tag_name?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tags: [
    {
      count: 'Number',
      posi: 'Boolean',
      tag_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.traderate.itemtags.get`: method, response root, request and response schemas. */
export const tmallTraderateItemtagsGetOperation = {
  method: 'tmall.traderate.itemtags.get',
  responseRoot: 'tmall_traderate_itemtags_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过商品ID获取标签列表 — calls TOP method `tmall.traderate.itemtags.get`.
 *
 * 通过商品ID获取标签详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraderateItemtagsGet(
  client: TopClient,
  request: TmallTraderateItemtagsGetRequest,
  options?: CallOptions,
): Promise<TmallTraderateItemtagsGetResponse> {
  return client.call<TmallTraderateItemtagsGetResponse>(
    {
      method: 'tmall.traderate.itemtags.get',
      responseRoot: 'tmall_traderate_itemtags_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

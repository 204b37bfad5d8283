// Generated from specs/nrt/tmall.nrt.store.item.from.online.item.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.store.item.from.online.item` (基于新模型商品id查询摊位子品id). */
export interface TmallNrtStoreItemFromOnlineItemRequest {
  /** 线上商品编码 */
  main_item_id?: Int64Input;
}

/** Response of `tmall.nrt.store.item.from.online.item`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtStoreItemFromOnlineItemResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallNrtStoreItemFromOnlineItemResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.nrt.store.item.from.online.item`. */
export interface TmallNrtStoreItemFromOnlineItemResultDto {
  /** 接口执行错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 执行结果 */
  success?: boolean;
  /** 商品集合 */
  item_ids?: Int64[];
}

const REQUEST_SCHEMA = {
  main_item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
    item_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.store.item.from.online.item`: method, response root, request and response schemas. */
export const tmallNrtStoreItemFromOnlineItemOperation = {
  method: 'tmall.nrt.store.item.from.online.item',
  responseRoot: 'tmall_nrt_store_item_from_online_item_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基于新模型商品id查询摊位子品id — calls TOP method `tmall.nrt.store.item.from.online.item`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtStoreItemFromOnlineItem(
  client: TopClient,
  request: TmallNrtStoreItemFromOnlineItemRequest = {},
  options?: CallOptions,
): Promise<TmallNrtStoreItemFromOnlineItemResponse> {
  return client.call<TmallNrtStoreItemFromOnlineItemResponse>(
    {
      method: 'tmall.nrt.store.item.from.online.item',
      responseRoot: 'tmall_nrt_store_item_from_online_item_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

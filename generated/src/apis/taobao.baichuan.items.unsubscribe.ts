// Generated from specs/baichuan/taobao.baichuan.items.unsubscribe.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.items.unsubscribe` (批量删除商品订阅). */
export interface TaobaoBaichuanItemsUnsubscribeRequest {
  /**
   * 删除的商品id
   *
   * Max list size: 100
   */
  item_ids: string[];
}

/** Response of `taobao.baichuan.items.unsubscribe`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanItemsUnsubscribeResponse {
  /** 接口返回model */
  result?: TaobaoBaichuanItemsUnsubscribeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.baichuan.items.unsubscribe`. */
export interface TaobaoBaichuanItemsUnsubscribeResult {
  /** 返回按resultCode分为多个返回部分 */
  result_list?: TaobaoBaichuanItemsUnsubscribeResultMeta[];
}

/** `ResultMeta` of `taobao.baichuan.items.unsubscribe`. */
export interface TaobaoBaichuanItemsUnsubscribeResultMeta {
  /** 返回码 */
  code?: Int64;
  /** 返回码对应的文案 */
  msg?: string;
  /** 商品id列表 */
  data?: TaobaoBaichuanItemsUnsubscribeResultData;
}

/** `ResultData` of `taobao.baichuan.items.unsubscribe`. */
export interface TaobaoBaichuanItemsUnsubscribeResultData {
  /** 商品个数 */
  count?: Int64;
  /** 商品列表 */
  item_list?: Int64[];
}

const REQUEST_SCHEMA = {
  item_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        code: 'Number',
        msg: 'String',
        data: {
          count: 'Number',
          item_list: ['Number'],
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.items.unsubscribe`: method, response root, request and response schemas. */
export const taobaoBaichuanItemsUnsubscribeOperation = {
  method: 'taobao.baichuan.items.unsubscribe',
  responseRoot: 'baichuan_items_unsubscribe_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除商品订阅 — calls TOP method `taobao.baichuan.items.unsubscribe`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanItemsUnsubscribe(
  client: TopClient,
  request: TaobaoBaichuanItemsUnsubscribeRequest,
  options?: CallOptions,
): Promise<TaobaoBaichuanItemsUnsubscribeResponse> {
  return client.call<TaobaoBaichuanItemsUnsubscribeResponse>(
    {
      method: 'taobao.baichuan.items.unsubscribe',
      responseRoot: 'baichuan_items_unsubscribe_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

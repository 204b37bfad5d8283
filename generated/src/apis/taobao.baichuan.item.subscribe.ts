// Generated from specs/baichuan/taobao.baichuan.item.subscribe.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.item.subscribe` (单个商品订阅). */
export interface TaobaoBaichuanItemSubscribeRequest {
  /** 商品id */
  item_id: Int64Input;
}

/** Response of `taobao.baichuan.item.subscribe`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanItemSubscribeResponse {
  /** 接口返回model */
  result?: TaobaoBaichuanItemSubscribeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.baichuan.item.subscribe`. */
export interface TaobaoBaichuanItemSubscribeResult {
  /** 返回的列表 */
  result_list?: TaobaoBaichuanItemSubscribeResultMeta[];
}

/** `ResultMeta` of `taobao.baichuan.item.subscribe`. */
export interface TaobaoBaichuanItemSubscribeResultMeta {
  /** 返回码 */
  code?: Int64;
  /** 返回码对应的文案 */
  msg?: string;
  /** 返回的详细内容 */
  data?: TaobaoBaichuanItemSubscribeResultData;
}

/** `ResultData` of `taobao.baichuan.item.subscribe`. */
export interface TaobaoBaichuanItemSubscribeResultData {
  /** 商品数量 */
  count?: Int64;
  /** 商品id列表 */
  item_list?: Int64[];
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
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

/** Static description of `taobao.baichuan.item.subscribe`: method, response root, request and response schemas. */
export const taobaoBaichuanItemSubscribeOperation = {
  method: 'taobao.baichuan.item.subscribe',
  responseRoot: 'baichuan_item_subscribe_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个商品订阅 — calls TOP method `taobao.baichuan.item.subscribe`.
 *
 * 百川单个商品订阅
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanItemSubscribe(
  client: TopClient,
  request: TaobaoBaichuanItemSubscribeRequest,
  options?: CallOptions,
): Promise<TaobaoBaichuanItemSubscribeResponse> {
  return client.call<TaobaoBaichuanItemSubscribeResponse>(
    {
      method: 'taobao.baichuan.item.subscribe',
      responseRoot: 'baichuan_item_subscribe_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

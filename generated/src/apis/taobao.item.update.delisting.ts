// Generated from specs/tbitem/taobao.item.update.delisting.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.update.delisting` (商品下架). */
export interface TaobaoItemUpdateDelistingRequest {
  /**
   * 商品数字ID，该参数必须
   *
   * Min value: 0
   */
  num_iid: Int64Input;
}

/** Response of `taobao.item.update.delisting`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemUpdateDelistingResponse {
  /** 返回商品更新信息：返回的结果是:num_iid和modified */
  item?: TaobaoItemUpdateDelistingItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.item.update.delisting`. */
export interface TaobaoItemUpdateDelistingItem {
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item: {
    iid: 'String',
    num_iid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.update.delisting`: method, response root, request and response schemas. */
export const taobaoItemUpdateDelistingOperation = {
  method: 'taobao.item.update.delisting',
  responseRoot: 'item_update_delisting_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品下架 — calls TOP method `taobao.item.update.delisting`.
 *
 * * 单个商品下架
 * * 输入的num_iid必须属于当前会话用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemUpdateDelisting(
  client: TopClient,
  request: TaobaoItemUpdateDelistingRequest,
  options?: CallOptions,
): Promise<TaobaoItemUpdateDelistingResponse> {
  return client.call<TaobaoItemUpdateDelistingResponse>(
    {
      method: 'taobao.item.update.delisting',
      responseRoot: 'item_update_delisting_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

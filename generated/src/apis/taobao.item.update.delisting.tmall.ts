// Generated from specs/tbitem/taobao.item.update.delisting.tmall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.update.delisting.tmall` (taobao.item.update.delisting.tmall). */
export interface TaobaoItemUpdateDelistingTmallRequest {
  /** 商品数字ID，该参数必须 */
  num_iid: Int64Input;
}

/** Response of `taobao.item.update.delisting.tmall`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemUpdateDelistingTmallResponse {
  /** 返回商品更新信息：返回的结果是:num_iid和modified */
  item?: TaobaoItemUpdateDelistingTmallItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.item.update.delisting.tmall`. */
export interface TaobaoItemUpdateDelistingTmallItem {
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

/** Static description of `taobao.item.update.delisting.tmall`: method, response root, request and response schemas. */
export const taobaoItemUpdateDelistingTmallOperation = {
  method: 'taobao.item.update.delisting.tmall',
  responseRoot: 'item_update_delisting_tmall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * taobao.item.update.delisting.tmall — calls TOP method `taobao.item.update.delisting.tmall`.
 *
 * * 单个商品下架
 * * 输入的num_iid必须属于当前会话用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemUpdateDelistingTmall(
  client: TopClient,
  request: TaobaoItemUpdateDelistingTmallRequest,
  options?: CallOptions,
): Promise<TaobaoItemUpdateDelistingTmallResponse> {
  return client.call<TaobaoItemUpdateDelistingTmallResponse>(
    {
      method: 'taobao.item.update.delisting.tmall',
      responseRoot: 'item_update_delisting_tmall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

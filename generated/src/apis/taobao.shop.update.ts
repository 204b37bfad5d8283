// Generated from specs/shop/taobao.shop.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.shop.update` (更新店铺基本信息). */
export interface TaobaoShopUpdateRequest {
  /** 店铺标题。不超过30个字符；过滤敏感词，如淘咖啡、阿里巴巴等。title, bulletin和desc至少必须传一个 */
  title?: string;
  /** 店铺公告。不超过1024个字符 */
  bulletin?: string;
  /** 店铺描述。10～2000个字符以内 */
  desc?: string;
}

/** Response of `taobao.shop.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoShopUpdateResponse {
  /** 店铺信息 */
  shop?: TaobaoShopUpdateShop;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Shop` of `taobao.shop.update`. */
export interface TaobaoShopUpdateShop {
  /** 店铺编号 */
  sid?: Int64;
  /** 最后修改时间。格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  title: 'String',
  bulletin: 'String',
  desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  shop: {
    sid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.shop.update`: method, response root, request and response schemas. */
export const taobaoShopUpdateOperation = {
  method: 'taobao.shop.update',
  responseRoot: 'shop_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新店铺基本信息 — calls TOP method `taobao.shop.update`.
 *
 * 目前只支持标题、公告和描述的更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoShopUpdate(
  client: TopClient,
  request: TaobaoShopUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoShopUpdateResponse> {
  return client.call<TaobaoShopUpdateResponse>(
    {
      method: 'taobao.shop.update',
      responseRoot: 'shop_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

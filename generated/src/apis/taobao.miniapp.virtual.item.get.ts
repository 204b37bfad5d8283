// Generated from specs/miniappopen/taobao.miniapp.virtual.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.virtual.item.get` (小程序关联虚拟商品查询). */
export interface TaobaoMiniappVirtualItemGetRequest {
  /** 请求 */
  item_request: TaobaoMiniappVirtualItemGetMiniappItemRequestInput;
}

/** Response of `taobao.miniapp.virtual.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappVirtualItemGetResponse {
  /** 是否成功 */
  suc?: boolean;
  /** 业务错误信息 */
  e_code?: Int64;
  /** 返回列表 */
  model?: TaobaoMiniappVirtualItemGetMiniappItemDTO[];
  /** 错误信息 */
  err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniappItemRequest` of `taobao.miniapp.virtual.item.get`. */
export interface TaobaoMiniappVirtualItemGetMiniappItemRequestInput {
  /** 商品id列表 */
  item_ids: Int64Input[];
  /** 小程序小游戏appId */
  app_id: Int64Input;
}

/** `MiniappItemDTO` of `taobao.miniapp.virtual.item.get`. */
export interface TaobaoMiniappVirtualItemGetMiniappItemDTO {
  /** 商品id */
  item_id?: Int64;
  /** 主图 */
  main_pic_url?: string;
  /** 商品标题 */
  title?: string;
  /** 一口价，单位【分】 */
  reserve_price?: Int64;
  /** 外部商品id */
  out_item_id?: string;
  /** 0-正常，其他均为不正常 */
  auction_status?: Int64;
}

const REQUEST_SCHEMA = {
  item_request: {
    item_ids: ['Number'],
    app_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  e_code: 'Number',
  model: [
    {
      item_id: 'Number',
      main_pic_url: 'String',
      title: 'String',
      reserve_price: 'Number',
      out_item_id: 'String',
      auction_status: 'Number',
    },
  ],
  err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.virtual.item.get`: method, response root, request and response schemas. */
export const taobaoMiniappVirtualItemGetOperation = {
  method: 'taobao.miniapp.virtual.item.get',
  responseRoot: 'miniapp_virtual_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序关联虚拟商品查询 — calls TOP method `taobao.miniapp.virtual.item.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappVirtualItemGet(
  client: TopClient,
  request: TaobaoMiniappVirtualItemGetRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappVirtualItemGetResponse> {
  return client.call<TaobaoMiniappVirtualItemGetResponse>(
    {
      method: 'taobao.miniapp.virtual.item.get',
      responseRoot: 'miniapp_virtual_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

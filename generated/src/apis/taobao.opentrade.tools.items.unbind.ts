// Generated from specs/opentrade/taobao.opentrade.tools.items.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.tools.items.unbind` (交易开放商品解绑). */
export interface TaobaoOpentradeToolsItemsUnbindRequest {
  /**
   * 商品id
   *
   * Max list size: 999
   */
  item_ids: Int64Input[];
  /** 绑定交易开放场景的C端小程序ID */
  miniapp_id: Int64Input;
}

/** Response of `taobao.opentrade.tools.items.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeToolsItemsUnbindResponse {
  /** 解绑返回结构 */
  results?: TaobaoOpentradeToolsItemsUnbindItemUnBindResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemUnBindResult` of `taobao.opentrade.tools.items.unbind`. */
export interface TaobaoOpentradeToolsItemsUnbindItemUnBindResult {
  /** 商品ID */
  item_id?: Int64;
  /** 解绑异常时的错误信息 */
  error_message?: string;
  /** 是否解绑成功 */
  bind_ok?: boolean;
}

const REQUEST_SCHEMA = {
  item_ids: ['Number'],
  miniapp_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      item_id: 'Number',
      error_message: 'String',
      bind_ok: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.tools.items.unbind`: method, response root, request and response schemas. */
export const taobaoOpentradeToolsItemsUnbindOperation = {
  method: 'taobao.opentrade.tools.items.unbind',
  responseRoot: 'opentrade_tools_items_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易开放商品解绑 — calls TOP method `taobao.opentrade.tools.items.unbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeToolsItemsUnbind(
  client: TopClient,
  request: TaobaoOpentradeToolsItemsUnbindRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeToolsItemsUnbindResponse> {
  return client.call<TaobaoOpentradeToolsItemsUnbindResponse>(
    {
      method: 'taobao.opentrade.tools.items.unbind',
      responseRoot: 'opentrade_tools_items_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/opentrade/taobao.opentrade.tools.items.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.tools.items.bind` (交易开放商品绑定). */
export interface TaobaoOpentradeToolsItemsBindRequest {
  /**
   * 待绑定商品id
   *
   * Max list size: 999
   */
  item_ids: Int64Input[];
  /** 绑定交易开放场景的C端小程序ID */
  miniapp_id: Int64Input;
}

/** Response of `taobao.opentrade.tools.items.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeToolsItemsBindResponse {
  /** 绑定返回结构 */
  results?: TaobaoOpentradeToolsItemsBindItemBindResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBindResult` of `taobao.opentrade.tools.items.bind`. */
export interface TaobaoOpentradeToolsItemsBindItemBindResult {
  /** 商品ID */
  item_id?: Int64;
  /** 绑定异常时的错误信息 */
  error_message?: string;
  /** 是否绑定成功 */
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

/** Static description of `taobao.opentrade.tools.items.bind`: method, response root, request and response schemas. */
export const taobaoOpentradeToolsItemsBindOperation = {
  method: 'taobao.opentrade.tools.items.bind',
  responseRoot: 'opentrade_tools_items_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易开放商品绑定 — calls TOP method `taobao.opentrade.tools.items.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeToolsItemsBind(
  client: TopClient,
  request: TaobaoOpentradeToolsItemsBindRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeToolsItemsBindResponse> {
  return client.call<TaobaoOpentradeToolsItemsBindResponse>(
    {
      method: 'taobao.opentrade.tools.items.bind',
      responseRoot: 'opentrade_tools_items_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/opentrade/taobao.opentrade.special.items.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.special.items.bind` (专属下单场景商品绑定). */
export interface TaobaoOpentradeSpecialItemsBindRequest {
  /**
   * 本次待绑定的商品ID列表
   *
   * Max list size: 999
   */
  item_ids: Int64Input[];
  /** 绑定专属下单场景的C端小程序ID */
  miniapp_id: Int64Input;
}

/** Response of `taobao.opentrade.special.items.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeSpecialItemsBindResponse {
  /** 绑定返回结构 */
  results?: TaobaoOpentradeSpecialItemsBindItemBindResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBindResult` of `taobao.opentrade.special.items.bind`. */
export interface TaobaoOpentradeSpecialItemsBindItemBindResult {
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

/** Static description of `taobao.opentrade.special.items.bind`: method, response root, request and response schemas. */
export const taobaoOpentradeSpecialItemsBindOperation = {
  method: 'taobao.opentrade.special.items.bind',
  responseRoot: 'opentrade_special_items_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专属下单场景商品绑定 — calls TOP method `taobao.opentrade.special.items.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeSpecialItemsBind(
  client: TopClient,
  request: TaobaoOpentradeSpecialItemsBindRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeSpecialItemsBindResponse> {
  return client.call<TaobaoOpentradeSpecialItemsBindResponse>(
    {
      method: 'taobao.opentrade.special.items.bind',
      responseRoot: 'opentrade_special_items_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

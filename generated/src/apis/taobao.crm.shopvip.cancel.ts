// Generated from specs/crm/taobao.crm.shopvip.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.shopvip.cancel` (卖家取消店铺vip的优惠). */
export interface TaobaoCrmShopvipCancelRequest {}

/** Response of `taobao.crm.shopvip.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmShopvipCancelResponse {
  /** 返回操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.shopvip.cancel`: method, response root, request and response schemas. */
export const taobaoCrmShopvipCancelOperation = {
  method: 'taobao.crm.shopvip.cancel',
  responseRoot: 'crm_shopvip_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家取消店铺vip的优惠 — calls TOP method `taobao.crm.shopvip.cancel`.
 *
 * 此接口用于取消VIP优惠
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmShopvipCancel(
  client: TopClient,
  request: TaobaoCrmShopvipCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoCrmShopvipCancelResponse> {
  return client.call<TaobaoCrmShopvipCancelResponse>(
    {
      method: 'taobao.crm.shopvip.cancel',
      responseRoot: 'crm_shopvip_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

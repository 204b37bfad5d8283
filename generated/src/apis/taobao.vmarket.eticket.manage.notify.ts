// Generated from specs/eticket/taobao.vmarket.eticket.manage.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.manage.notify` (主动发起通知接口). */
export interface TaobaoVmarketEticketManageNotifyRequest {
  /** 订单编号 */
  order_id: Int64Input;
  /** 需要调用的通知方法，目前仅支持是send（发码）或resend（重新发码） */
  notify_method: string;
  /** 码商ID，如果是码商，必须传，如果是信任卖家，不需要传 */
  codemerchant_id?: Int64Input;
}

/** Response of `taobao.vmarket.eticket.manage.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketManageNotifyResponse {
  /** 1:成功 */
  ret_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  notify_method: 'String',
  codemerchant_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.manage.notify`: method, response root, request and response schemas. */
export const taobaoVmarketEticketManageNotifyOperation = {
  method: 'taobao.vmarket.eticket.manage.notify',
  responseRoot: 'vmarket_eticket_manage_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 主动发起通知接口 — calls TOP method `taobao.vmarket.eticket.manage.notify`.
 *
 * 外部合作商家主动发起通知接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketManageNotify(
  client: TopClient,
  request: TaobaoVmarketEticketManageNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketManageNotifyResponse> {
  return client.call<TaobaoVmarketEticketManageNotifyResponse>(
    {
      method: 'taobao.vmarket.eticket.manage.notify',
      responseRoot: 'vmarket_eticket_manage_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/logistic/taobao.logistics.address.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.address.remove` (删除卖家地址库). */
export interface TaobaoLogisticsAddressRemoveRequest {
  /** 地址库ID */
  contact_id: Int64Input;
}

/** Response of `taobao.logistics.address.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsAddressRemoveResponse {
  /** 只返回修改日期modify_date */
  address_result?: TaobaoLogisticsAddressRemoveAddressResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressResult` of `taobao.logistics.address.remove`. */
export interface TaobaoLogisticsAddressRemoveAddressResult {
  /** 修改日期时间 */
  modify_date?: string;
}

const REQUEST_SCHEMA = {
  contact_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  address_result: {
    modify_date: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.address.remove`: method, response root, request and response schemas. */
export const taobaoLogisticsAddressRemoveOperation = {
  method: 'taobao.logistics.address.remove',
  responseRoot: 'logistics_address_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除卖家地址库 — calls TOP method `taobao.logistics.address.remove`.
 *
 * 用此接口删除卖家地址库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsAddressRemove(
  client: TopClient,
  request: TaobaoLogisticsAddressRemoveRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsAddressRemoveResponse> {
  return client.call<TaobaoLogisticsAddressRemoveResponse>(
    {
      method: 'taobao.logistics.address.remove',
      responseRoot: 'logistics_address_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

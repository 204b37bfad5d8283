// Generated from specs/product/taobao.banamadpc.item.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.banamadpc.item.update` (编辑商品). */
export interface TaobaoBanamadpcItemUpdateRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 商品的schema xml */
  xml: string;
}

/** Response of `taobao.banamadpc.item.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBanamadpcItemUpdateResponse {
  /** 无 */
  api_result?: TaobaoBanamadpcItemUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `taobao.banamadpc.item.update`. */
export interface TaobaoBanamadpcItemUpdateApiResult {
  /** 错误信息 */
  er_msg?: string;
  /** 错误码 */
  er_code?: string;
  /** 商品id */
  result?: Int64;
  /** 成功 */
  error?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  xml: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    er_msg: 'String',
    er_code: 'String',
    result: 'Number',
    error: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.banamadpc.item.update`: method, response root, request and response schemas. */
export const taobaoBanamadpcItemUpdateOperation = {
  method: 'taobao.banamadpc.item.update',
  responseRoot: 'banamadpc_item_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑商品 — calls TOP method `taobao.banamadpc.item.update`.
 *
 * 巴拿马供应商通过此接口编辑商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBanamadpcItemUpdate(
  client: TopClient,
  request: TaobaoBanamadpcItemUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoBanamadpcItemUpdateResponse> {
  return client.call<TaobaoBanamadpcItemUpdateResponse>(
    {
      method: 'taobao.banamadpc.item.update',
      responseRoot: 'banamadpc_item_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

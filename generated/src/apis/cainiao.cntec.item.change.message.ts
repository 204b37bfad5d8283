// Generated from specs/product/cainiao.cntec.item.change.message.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntec.item.change.message` (商品变更消息). */
export interface CainiaoCntecItemChangeMessageRequest {
  /** 供应商商品变更信息 */
  item_change_message: CainiaoCntecItemChangeMessageSupplyItemChangeMessageInput;
}

/** Response of `cainiao.cntec.item.change.message`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntecItemChangeMessageResponse {
  /** 调用返回的result结构体 */
  result?: CainiaoCntecItemChangeMessageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplyItemChangeMessage` of `cainiao.cntec.item.change.message`. */
export interface CainiaoCntecItemChangeMessageSupplyItemChangeMessageInput {
  /** 货号列表 */
  product_codes: string[];
  /** 供应商门店，最大20个 */
  supply_store_id: string;
}

/** `Result` of `cainiao.cntec.item.change.message`. */
export interface CainiaoCntecItemChangeMessageResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 是否成功接受到请求 */
  model?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  item_change_message: {
    product_codes: ['String'],
    supply_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    model: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntec.item.change.message`: method, response root, request and response schemas. */
export const cainiaoCntecItemChangeMessageOperation = {
  method: 'cainiao.cntec.item.change.message',
  responseRoot: 'cainiao_cntec_item_change_message_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品变更消息 — calls TOP method `cainiao.cntec.item.change.message`.
 *
 * 供货商商品信息变更消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntecItemChangeMessage(
  client: TopClient,
  request: CainiaoCntecItemChangeMessageRequest,
  options?: CallOptions,
): Promise<CainiaoCntecItemChangeMessageResponse> {
  return client.call<CainiaoCntecItemChangeMessageResponse>(
    {
      method: 'cainiao.cntec.item.change.message',
      responseRoot: 'cainiao_cntec_item_change_message_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

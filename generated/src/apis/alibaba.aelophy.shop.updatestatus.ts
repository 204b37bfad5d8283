// Generated from specs/wdk/alibaba.aelophy.shop.updatestatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.shop.updatestatus` (更新渠道店营业状态). */
export interface AlibabaAelophyShopUpdatestatusRequest {
  /** 请求对象 */
  shop_status_update_request: AlibabaAelophyShopUpdatestatusShopStatusUpdateRequestInput;
}

/** Response of `alibaba.aelophy.shop.updatestatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyShopUpdatestatusResponse {
  /** api调用结果 */
  api_result?: AlibabaAelophyShopUpdatestatusApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopStatusUpdateRequest` of `alibaba.aelophy.shop.updatestatus`. */
export interface AlibabaAelophyShopUpdatestatusShopStatusUpdateRequestInput {
  /** 经营店ID */
  store_id: string;
  /** 渠道 */
  channel_source_type: Int64Input;
  /** 营业状态(1:营业,-1:不营业) */
  status: Int64Input;
}

/** `ApiResult` of `alibaba.aelophy.shop.updatestatus`. */
export interface AlibabaAelophyShopUpdatestatusApiResult {
  /** 调用结果 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  shop_status_update_request: {
    store_id: 'String',
    channel_source_type: 'Number',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.shop.updatestatus`: method, response root, request and response schemas. */
export const alibabaAelophyShopUpdatestatusOperation = {
  method: 'alibaba.aelophy.shop.updatestatus',
  responseRoot: 'alibaba_aelophy_shop_updatestatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新渠道店营业状态 — calls TOP method `alibaba.aelophy.shop.updatestatus`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyShopUpdatestatus(
  client: TopClient,
  request: AlibabaAelophyShopUpdatestatusRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyShopUpdatestatusResponse> {
  return client.call<AlibabaAelophyShopUpdatestatusResponse>(
    {
      method: 'alibaba.aelophy.shop.updatestatus',
      responseRoot: 'alibaba_aelophy_shop_updatestatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

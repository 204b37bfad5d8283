// Generated from specs/wdk/alibaba.aelophy.shop.updateinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.shop.updateinfo` (更新渠道店基础信息). */
export interface AlibabaAelophyShopUpdateinfoRequest {
  /** 请求对象 */
  shop_info_update_request: AlibabaAelophyShopUpdateinfoShopInfoUpdateRequestInput;
}

/** Response of `alibaba.aelophy.shop.updateinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyShopUpdateinfoResponse {
  /** api调用结果 */
  api_result?: AlibabaAelophyShopUpdateinfoApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopInfoUpdateRequest` of `alibaba.aelophy.shop.updateinfo`. */
export interface AlibabaAelophyShopUpdateinfoShopInfoUpdateRequestInput {
  /** 营业开始时间(HH:mm) */
  start_time?: string;
  /** 营业结束时间(HH:mm) */
  end_time?: string;
  /** 经营店ID */
  store_id: string;
  /** 渠道 */
  channel_source_type: Int64Input;
}

/** `ApiResult` of `alibaba.aelophy.shop.updateinfo`. */
export interface AlibabaAelophyShopUpdateinfoApiResult {
  /** 调用结果 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  shop_info_update_request: {
    start_time: 'String',
    end_time: 'String',
    store_id: 'String',
    channel_source_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.shop.updateinfo`: method, response root, request and response schemas. */
export const alibabaAelophyShopUpdateinfoOperation = {
  method: 'alibaba.aelophy.shop.updateinfo',
  responseRoot: 'alibaba_aelophy_shop_updateinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新渠道店基础信息 — calls TOP method `alibaba.aelophy.shop.updateinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyShopUpdateinfo(
  client: TopClient,
  request: AlibabaAelophyShopUpdateinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyShopUpdateinfoResponse> {
  return client.call<AlibabaAelophyShopUpdateinfoResponse>(
    {
      method: 'alibaba.aelophy.shop.updateinfo',
      responseRoot: 'alibaba_aelophy_shop_updateinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

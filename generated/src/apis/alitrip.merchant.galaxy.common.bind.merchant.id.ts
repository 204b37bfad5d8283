// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.common.bind.merchant.id.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.common.bind.merchant.id` (绑定用户和merchantID). */
export interface AlitripMerchantGalaxyCommonBindMerchantIdRequest {
  /** tenant_key */
  tenant_key: string;
  /** 状态 */
  binding_merchant_id_user_dto: AlitripMerchantGalaxyCommonBindMerchantIdBindingMerchantIdUserDtoInput;
}

/** Response of `alitrip.merchant.galaxy.common.bind.merchant.id`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCommonBindMerchantIdResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyCommonBindMerchantIdResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BindingMerchantIdUserDto` of `alitrip.merchant.galaxy.common.bind.merchant.id`. */
export interface AlitripMerchantGalaxyCommonBindMerchantIdBindingMerchantIdUserDtoInput {
  /** 1 */
  merchant_id: string;
  /** 1 */
  code: string;
  /** 1 */
  type?: string;
}

/** `Response` of `alitrip.merchant.galaxy.common.bind.merchant.id`. */
export interface AlitripMerchantGalaxyCommonBindMerchantIdResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  content?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  binding_merchant_id_user_dto: {
    merchant_id: 'String',
    code: 'String',
    type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.common.bind.merchant.id`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCommonBindMerchantIdOperation = {
  method: 'alitrip.merchant.galaxy.common.bind.merchant.id',
  responseRoot: 'alitrip_merchant_galaxy_common_bind_merchant_id_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定用户和merchantID — calls TOP method `alitrip.merchant.galaxy.common.bind.merchant.id`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCommonBindMerchantId(
  client: TopClient,
  request: AlitripMerchantGalaxyCommonBindMerchantIdRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCommonBindMerchantIdResponse> {
  return client.call<AlitripMerchantGalaxyCommonBindMerchantIdResponse>(
    {
      method: 'alitrip.merchant.galaxy.common.bind.merchant.id',
      responseRoot: 'alitrip_merchant_galaxy_common_bind_merchant_id_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

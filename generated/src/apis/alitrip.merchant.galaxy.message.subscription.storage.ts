// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.message.subscription.storage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.message.subscription.storage` (存储模版ID). */
export interface AlitripMerchantGalaxyMessageSubscriptionStorageRequest {
  /** 模版ID */
  template_ids?: string;
  /** 租户ID */
  tenant_key: string;
  /** token */
  token: string;
}

/** Response of `alitrip.merchant.galaxy.message.subscription.storage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMessageSubscriptionStorageResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMessageSubscriptionStorageResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.message.subscription.storage`. */
export interface AlitripMerchantGalaxyMessageSubscriptionStorageResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 信息 */
  content?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  template_ids: 'String',
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.message.subscription.storage`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMessageSubscriptionStorageOperation = {
  method: 'alitrip.merchant.galaxy.message.subscription.storage',
  responseRoot: 'alitrip_merchant_galaxy_message_subscription_storage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 存储模版ID — calls TOP method `alitrip.merchant.galaxy.message.subscription.storage`.
 *
 * 消息订阅中的消息模版的存储
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMessageSubscriptionStorage(
  client: TopClient,
  request: AlitripMerchantGalaxyMessageSubscriptionStorageRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMessageSubscriptionStorageResponse> {
  return client.call<AlitripMerchantGalaxyMessageSubscriptionStorageResponse>(
    {
      method: 'alitrip.merchant.galaxy.message.subscription.storage',
      responseRoot: 'alitrip_merchant_galaxy_message_subscription_storage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

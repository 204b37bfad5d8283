// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.activity.address.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.activity.address.add` (星河-营销抽奖奖品邮寄地址添加). */
export interface AlitripMerchantGalaxyActivityAddressAddRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 用户token */
  token: string;
  /** 活动id */
  offer_id?: Int64Input;
  /** 活动记录ID */
  record_id?: Int64Input;
  /** 收货人地址 */
  address?: string;
  /** 收货人电话 */
  phone?: string;
  /** 收货人姓名 */
  name?: string;
  /** 奖品ID */
  goods_id?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.activity.address.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyActivityAddressAddResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyActivityAddressAddResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.activity.address.add`. */
export interface AlitripMerchantGalaxyActivityAddressAddResponse2 {
  /** 错误信息 */
  error_msg?: string;
  /** 邮寄信息是否填写成功 */
  content?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  offer_id: 'Number',
  record_id: 'Number',
  address: 'String',
  phone: 'String',
  name: 'String',
  goods_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    content: 'Boolean',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.activity.address.add`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyActivityAddressAddOperation = {
  method: 'alitrip.merchant.galaxy.activity.address.add',
  responseRoot: 'alitrip_merchant_galaxy_activity_address_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-营销抽奖奖品邮寄地址添加 — calls TOP method `alitrip.merchant.galaxy.activity.address.add`.
 *
 * 营销抽奖活动，奖品邮寄地址填写
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyActivityAddressAdd(
  client: TopClient,
  request: AlitripMerchantGalaxyActivityAddressAddRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyActivityAddressAddResponse> {
  return client.call<AlitripMerchantGalaxyActivityAddressAddResponse>(
    {
      method: 'alitrip.merchant.galaxy.activity.address.add',
      responseRoot: 'alitrip_merchant_galaxy_activity_address_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

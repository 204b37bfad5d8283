// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.common.get.enumsbyname.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.common.get.enumsbyname` (小程序公共枚举类获取接口). */
export interface AlitripMerchantGalaxyCommonGetEnumsbynameRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 枚举名 */
  enum_class_name?: string;
}

/** Response of `alitrip.merchant.galaxy.common.get.enumsbyname`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCommonGetEnumsbynameResponse {
  /** 携带优惠券试单结果 */
  result?: AlitripMerchantGalaxyCommonGetEnumsbynameResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.common.get.enumsbyname`. */
export interface AlitripMerchantGalaxyCommonGetEnumsbynameResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 枚举 */
  content?: AlitripMerchantGalaxyCommonGetEnumsbynameEnumVO[];
}

/** `EnumVO` of `alitrip.merchant.galaxy.common.get.enumsbyname`. */
export interface AlitripMerchantGalaxyCommonGetEnumsbynameEnumVO {
  /** 枚举值名称 */
  enum_name?: string;
  /** 描述 */
  desc?: string;
  /** 枚举代码 */
  code?: string;
  /** 排序 */
  order?: Int64;
  /** 其他备注 */
  other?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  enum_class_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_msg: 'String',
    error_code: 'String',
    content: [
      {
        enum_name: 'String',
        desc: 'String',
        code: 'String',
        order: 'Number',
        other: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.common.get.enumsbyname`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCommonGetEnumsbynameOperation = {
  method: 'alitrip.merchant.galaxy.common.get.enumsbyname',
  responseRoot: 'alitrip_merchant_galaxy_common_get_enumsbyname_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序公共枚举类获取接口 — calls TOP method `alitrip.merchant.galaxy.common.get.enumsbyname`.
 *
 * 通过枚举名称获取枚举类实例内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCommonGetEnumsbyname(
  client: TopClient,
  request: AlitripMerchantGalaxyCommonGetEnumsbynameRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCommonGetEnumsbynameResponse> {
  return client.call<AlitripMerchantGalaxyCommonGetEnumsbynameResponse>(
    {
      method: 'alitrip.merchant.galaxy.common.get.enumsbyname',
      responseRoot: 'alitrip_merchant_galaxy_common_get_enumsbyname_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

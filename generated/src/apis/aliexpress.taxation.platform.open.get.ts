// Generated from specs/aliexpresssumaitong/aliexpress.taxation.platform.open.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.taxation.platform.open.get` (平台固定参数获取). */
export interface AliexpressTaxationPlatformOpenGetRequest {}

/** Response of `aliexpress.taxation.platform.open.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressTaxationPlatformOpenGetResponse {
  /** 返回结果 */
  result?: AliexpressTaxationPlatformOpenGetResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.taxation.platform.open.get`. */
export interface AliexpressTaxationPlatformOpenGetResponseDto {
  /** 数据 */
  data?: AliexpressTaxationPlatformOpenGetPlatformParameterDto;
  /** 错误代码 */
  error_code?: string;
  /** 是否成功 */
  succeeded?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

/** `PlatformParameterDto` of `aliexpress.taxation.platform.open.get`. */
export interface AliexpressTaxationPlatformOpenGetPlatformParameterDto {
  /** 发货人/平台公司名称 */
  company_name?: string;
  /** 发货人/平台联系人姓名 */
  contactor_name?: string;
  /** 发货人/平台国家 */
  country?: string;
  /** 发货人/平台详细地址 */
  address?: string;
  /** 发货人/平台城市 */
  city?: string;
  /** ISO国家编码 */
  country_code?: string;
  /** 发货人/平台电话 */
  contact_number?: string;
  /** 发货人/平台邮箱 */
  email_address?: string;
  /** IOSS 平台税号 */
  ioss_number?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      company_name: 'String',
      contactor_name: 'String',
      country: 'String',
      address: 'String',
      city: 'String',
      country_code: 'String',
      contact_number: 'String',
      email_address: 'String',
      ioss_number: 'String',
    },
    error_code: 'String',
    succeeded: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.taxation.platform.open.get`: method, response root, request and response schemas. */
export const aliexpressTaxationPlatformOpenGetOperation = {
  method: 'aliexpress.taxation.platform.open.get',
  responseRoot: 'aliexpress_taxation_platform_open_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 平台固定参数获取 — calls TOP method `aliexpress.taxation.platform.open.get`.
 *
 * Aliexpress开放平台固定参数获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressTaxationPlatformOpenGet(
  client: TopClient,
  request: AliexpressTaxationPlatformOpenGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressTaxationPlatformOpenGetResponse> {
  return client.call<AliexpressTaxationPlatformOpenGetResponse>(
    {
      method: 'aliexpress.taxation.platform.open.get',
      responseRoot: 'aliexpress_taxation_platform_open_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tvupadmin/yunos.tvpubadmin.device.brands.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.brands` (获取终端类型下品牌列表). */
export interface YunosTvpubadminDeviceBrandsRequest {
  /** 终端类型 */
  terminal_type: string;
  /** 牌照方 */
  license: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.brands`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceBrandsResponse {
  /** object */
  list?: YunosTvpubadminDeviceBrandsBrandDO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BrandDO` of `yunos.tvpubadmin.device.brands`. */
export interface YunosTvpubadminDeviceBrandsBrandDO {
  /** brandId */
  brand_id?: Int64;
  /** brandName */
  brand_name?: string;
}

const REQUEST_SCHEMA = {
  terminal_type: 'String',
  license: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  list: [
    {
      brand_id: 'Number',
      brand_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.brands`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceBrandsOperation = {
  method: 'yunos.tvpubadmin.device.brands',
  responseRoot: 'yunos_tvpubadmin_device_brands_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取终端类型下品牌列表 — calls TOP method `yunos.tvpubadmin.device.brands`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceBrands(
  client: TopClient,
  request: YunosTvpubadminDeviceBrandsRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceBrandsResponse> {
  return client.call<YunosTvpubadminDeviceBrandsResponse>(
    {
      method: 'yunos.tvpubadmin.device.brands',
      responseRoot: 'yunos_tvpubadmin_device_brands_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

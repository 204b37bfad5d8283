// Generated from specs/tmallservice/tmall.mallitemcenter.supplier.ability.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mallitemcenter.supplier.ability.update` (门店服务能力授权接口). */
export interface TmallMallitemcenterSupplierAbilityUpdateRequest {
  /** 入参 */
  param0: TmallMallitemcenterSupplierAbilityUpdateEnableServiceStoreRequestDtoInput;
}

/** Response of `tmall.mallitemcenter.supplier.ability.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMallitemcenterSupplierAbilityUpdateResponse {
  /** 接口返回model */
  result?: TmallMallitemcenterSupplierAbilityUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnableServiceStoreRequestDto` of `tmall.mallitemcenter.supplier.ability.update`. */
export interface TmallMallitemcenterSupplierAbilityUpdateEnableServiceStoreRequestDtoInput {
  /** 门店名称 */
  store_name: string;
  /** 是否启用 */
  enable?: boolean;
  /** 服务编码 */
  service_code: string;
  /** 服务sku列表 */
  service_sku_list: string[];
  /** 门店id */
  store_id: Int64Input;
}

/** `Result` of `tmall.mallitemcenter.supplier.ability.update`. */
export interface TmallMallitemcenterSupplierAbilityUpdateResult {
  /** 结果 */
  result_data?: boolean;
  /** message */
  message?: string;
  /** 错误类型 */
  error_type?: Int64;
  /** 错误码 */
  error_code?: string;
  /** true或false */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    store_name: 'String',
    enable: 'Boolean',
    service_code: 'String',
    service_sku_list: ['String'],
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'Boolean',
    message: 'String',
    error_type: 'Number',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.mallitemcenter.supplier.ability.update`: method, response root, request and response schemas. */
export const tmallMallitemcenterSupplierAbilityUpdateOperation = {
  method: 'tmall.mallitemcenter.supplier.ability.update',
  responseRoot: 'tmall_mallitemcenter_supplier_ability_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店服务能力授权接口 — calls TOP method `tmall.mallitemcenter.supplier.ability.update`.
 *
 * 门店服务能力授权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMallitemcenterSupplierAbilityUpdate(
  client: TopClient,
  request: TmallMallitemcenterSupplierAbilityUpdateRequest,
  options?: CallOptions,
): Promise<TmallMallitemcenterSupplierAbilityUpdateResponse> {
  return client.call<TmallMallitemcenterSupplierAbilityUpdateResponse>(
    {
      method: 'tmall.mallitemcenter.supplier.ability.update',
      responseRoot: 'tmall_mallitemcenter_supplier_ability_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

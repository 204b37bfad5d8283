// Generated from specs/idle/alibaba.idle.rent.order.package.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.order.package` (确认揽收商品). */
export interface AlibabaIdleRentOrderPackageRequest {
  /** 订单id */
  order_id: Int64Input;
  /** 物流信息 */
  logistics: AlibabaIdleRentOrderPackageLogisticsDtoInput;
}

/** Response of `alibaba.idle.rent.order.package`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentOrderPackageResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentOrderPackageTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsDto` of `alibaba.idle.rent.order.package`. */
export interface AlibabaIdleRentOrderPackageLogisticsDtoInput {
  /** 快递/物流名称 */
  logistics_name: string;
  /** 快递/物流id */
  logistics_id: string;
}

/** `TopResult` of `alibaba.idle.rent.order.package`. */
export interface AlibabaIdleRentOrderPackageTopResult {
  /** data */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误信息 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  logistics: {
    logistics_name: 'String',
    logistics_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.order.package`: method, response root, request and response schemas. */
export const alibabaIdleRentOrderPackageOperation = {
  method: 'alibaba.idle.rent.order.package',
  responseRoot: 'alibaba_idle_rent_order_package_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认揽收商品 — calls TOP method `alibaba.idle.rent.order.package`.
 *
 * 确认揽收
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentOrderPackage(
  client: TopClient,
  request: AlibabaIdleRentOrderPackageRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentOrderPackageResponse> {
  return client.call<AlibabaIdleRentOrderPackageResponse>(
    {
      method: 'alibaba.idle.rent.order.package',
      responseRoot: 'alibaba_idle_rent_order_package_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/waybill/cainiao.smartdelivery.strategy.warehouse.i.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.smartdelivery.strategy.warehouse.i.delete` (删除智能发货引擎仓策略). */
export interface CainiaoSmartdeliveryStrategyWarehouseIDeleteRequest {
  /** 仓id */
  warehouse_id?: Int64Input;
}

/** Response of `cainiao.smartdelivery.strategy.warehouse.i.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoSmartdeliveryStrategyWarehouseIDeleteResponse {
  /** data */
  is_delete_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  warehouse_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_delete_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.smartdelivery.strategy.warehouse.i.delete`: method, response root, request and response schemas. */
export const cainiaoSmartdeliveryStrategyWarehouseIDeleteOperation = {
  method: 'cainiao.smartdelivery.strategy.warehouse.i.delete',
  responseRoot: 'cainiao_smartdelivery_strategy_warehouse_i_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除智能发货引擎仓策略 — calls TOP method `cainiao.smartdelivery.strategy.warehouse.i.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoSmartdeliveryStrategyWarehouseIDelete(
  client: TopClient,
  request: CainiaoSmartdeliveryStrategyWarehouseIDeleteRequest = {},
  options?: CallOptions,
): Promise<CainiaoSmartdeliveryStrategyWarehouseIDeleteResponse> {
  return client.call<CainiaoSmartdeliveryStrategyWarehouseIDeleteResponse>(
    {
      method: 'cainiao.smartdelivery.strategy.warehouse.i.delete',
      responseRoot: 'cainiao_smartdelivery_strategy_warehouse_i_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

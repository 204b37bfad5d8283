// Generated from specs/logistic/taobao.nextone.logistics.warehouse.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.nextone.logistics.warehouse.update` (AG退货入仓状态写接口). */
export interface TaobaoNextoneLogisticsWarehouseUpdateRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 退货入仓状态 1.已入仓 */
  warehouse_status: Int64Input;
}

/** Response of `taobao.nextone.logistics.warehouse.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoNextoneLogisticsWarehouseUpdateResponse {
  /** resultData */
  result_data?: string | Record<string, unknown>;
  /** errorInfo */
  err_info?: string;
  /** errorCode */
  err_code?: string;
  /** success */
  succeed?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  warehouse_status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_data: 'Json',
  err_info: 'String',
  err_code: 'String',
  succeed: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.nextone.logistics.warehouse.update`: method, response root, request and response schemas. */
export const taobaoNextoneLogisticsWarehouseUpdateOperation = {
  method: 'taobao.nextone.logistics.warehouse.update',
  responseRoot: 'nextone_logistics_warehouse_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AG退货入仓状态写接口 — calls TOP method `taobao.nextone.logistics.warehouse.update`.
 *
 * 商家上传退货入仓状态给ag
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoNextoneLogisticsWarehouseUpdate(
  client: TopClient,
  request: TaobaoNextoneLogisticsWarehouseUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoNextoneLogisticsWarehouseUpdateResponse> {
  return client.call<TaobaoNextoneLogisticsWarehouseUpdateResponse>(
    {
      method: 'taobao.nextone.logistics.warehouse.update',
      responseRoot: 'nextone_logistics_warehouse_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

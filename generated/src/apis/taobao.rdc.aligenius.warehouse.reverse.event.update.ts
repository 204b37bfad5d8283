// Generated from specs/logistic/taobao.rdc.aligenius.warehouse.reverse.event.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.warehouse.reverse.event.update` (销退单事件回传接口). */
export interface TaobaoRdcAligeniusWarehouseReverseEventUpdateRequest {
  /** 参数 */
  param0: TaobaoRdcAligeniusWarehouseReverseEventUpdateReverseEventInfoDtoInput;
}

/** Response of `taobao.rdc.aligenius.warehouse.reverse.event.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusWarehouseReverseEventUpdateResponse {
  /** 接口返回model */
  result?: TaobaoRdcAligeniusWarehouseReverseEventUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReverseEventInfoDto` of `taobao.rdc.aligenius.warehouse.reverse.event.update`. */
export interface TaobaoRdcAligeniusWarehouseReverseEventUpdateReverseEventInfoDtoInput {
  /** 销退单ID */
  id?: string;
  /** 备注 */
  remark?: string;
  /** 扩展字段 */
  extra?: string;
  /** 值 */
  value?: string;
  /** 类型(1=销退单状态变更) */
  type?: Int64Input;
}

/** `Result` of `taobao.rdc.aligenius.warehouse.reverse.event.update`. */
export interface TaobaoRdcAligeniusWarehouseReverseEventUpdateResult {
  /** 错误描述 */
  fail_info?: string;
  /** 错误码 */
  fail_code?: string;
  /** 是否成功 */
  success_flag?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    id: 'String',
    remark: 'String',
    extra: 'String',
    value: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    fail_info: 'String',
    fail_code: 'String',
    success_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.warehouse.reverse.event.update`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusWarehouseReverseEventUpdateOperation = {
  method: 'taobao.rdc.aligenius.warehouse.reverse.event.update',
  responseRoot: 'rdc_aligenius_warehouse_reverse_event_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销退单事件回传接口 — calls TOP method `taobao.rdc.aligenius.warehouse.reverse.event.update`.
 *
 * 用于erp回传销退单相关信息到平台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusWarehouseReverseEventUpdate(
  client: TopClient,
  request: TaobaoRdcAligeniusWarehouseReverseEventUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusWarehouseReverseEventUpdateResponse> {
  return client.call<TaobaoRdcAligeniusWarehouseReverseEventUpdateResponse>(
    {
      method: 'taobao.rdc.aligenius.warehouse.reverse.event.update',
      responseRoot: 'rdc_aligenius_warehouse_reverse_event_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

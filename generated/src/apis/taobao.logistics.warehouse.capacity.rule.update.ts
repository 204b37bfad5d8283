// Generated from specs/ascp/taobao.logistics.warehouse.capacity.rule.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.warehouse.capacity.rule.update` (仓产能创建/更新). */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateRequest {
  /** 仓产能创建/更新入参 */
  capacity_rule_update_request: TaobaoLogisticsWarehouseCapacityRuleUpdateCapacityRuleUpdateRequestInput;
}

/** Response of `taobao.logistics.warehouse.capacity.rule.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateResponse {
  /** 仓产能创建/更新出参 */
  capacity_rule_update_response?: TaobaoLogisticsWarehouseCapacityRuleUpdateCapacityRuleUpdateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CapacityRuleUpdateRequest` of `taobao.logistics.warehouse.capacity.rule.update`. */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateCapacityRuleUpdateRequestInput {
  /** 业务请求时间戳（毫秒） */
  request_time: Int64Input;
  /** 业务请求ID（服务商发起请求的ID） */
  request_id: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 服务商仓编码 */
  warehouse_code: string;
  /** 通用产能（≥0） 注意：当天可用产能=更新产能-当天已占用产能 */
  normal_capacity: string;
  /** 特殊日期产能（组），最多20条 */
  special_date_capacitys?: TaobaoLogisticsWarehouseCapacityRuleUpdateSpecialDateCapacityInput[];
  /** 特殊时间段产能（组） */
  special_time_capacitys?: TaobaoLogisticsWarehouseCapacityRuleUpdateSpecialTimeCapacityInput[];
}

/** `SpecialDateCapacity` of `taobao.logistics.warehouse.capacity.rule.update`. */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateSpecialDateCapacityInput {
  /** 日期（年月日），例如20230506 */
  date: string;
  /** 指定日期下产能（≥0） */
  capacity: string;
}

/** `SpecialTimeCapacity` of `taobao.logistics.warehouse.capacity.rule.update`. */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateSpecialTimeCapacityInput {
  /** 开始时间 */
  start_hour: string;
  /** 结束时间 */
  to_hour: string;
  /** 产能 */
  capacity: string;
}

/** `CapacityRuleUpdateResponse` of `taobao.logistics.warehouse.capacity.rule.update`. */
export interface TaobaoLogisticsWarehouseCapacityRuleUpdateCapacityRuleUpdateResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  capacity_rule_update_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    normal_capacity: 'String',
    special_date_capacitys: [
      {
        date: 'String',
        capacity: 'String',
      },
    ],
    special_time_capacitys: [
      {
        start_hour: 'String',
        to_hour: 'String',
        capacity: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  capacity_rule_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.warehouse.capacity.rule.update`: method, response root, request and response schemas. */
export const taobaoLogisticsWarehouseCapacityRuleUpdateOperation = {
  method: 'taobao.logistics.warehouse.capacity.rule.update',
  responseRoot: 'logistics_warehouse_capacity_rule_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓产能创建/更新 — calls TOP method `taobao.logistics.warehouse.capacity.rule.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWarehouseCapacityRuleUpdate(
  client: TopClient,
  request: TaobaoLogisticsWarehouseCapacityRuleUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWarehouseCapacityRuleUpdateResponse> {
  return client.call<TaobaoLogisticsWarehouseCapacityRuleUpdateResponse>(
    {
      method: 'taobao.logistics.warehouse.capacity.rule.update',
      responseRoot: 'logistics_warehouse_capacity_rule_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

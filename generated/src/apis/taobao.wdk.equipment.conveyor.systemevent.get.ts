// Generated from specs/wdk/taobao.wdk.equipment.conveyor.systemevent.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.systemevent.get` (获取悬挂链系统事件). */
export interface TaobaoWdkEquipmentConveyorSystemeventGetRequest {
  /** 仓库Id */
  warehouse_id?: Int64Input;
  /** 悬挂链Id，即wcsNum */
  conveyor_id?: Int64Input;
  /** 数据库id最小值 */
  start_id?: Int64Input;
}

/** Response of `taobao.wdk.equipment.conveyor.systemevent.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorSystemeventGetResponse {
  /** 返回值 */
  result?: TaobaoWdkEquipmentConveyorSystemeventGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.wdk.equipment.conveyor.systemevent.get`. */
export interface TaobaoWdkEquipmentConveyorSystemeventGetResult {
  /** 返回值与返回的信息 */
  result_code?: TaobaoWdkEquipmentConveyorSystemeventGetResultCode;
  /** 返回的数据 */
  data?: string;
}

/** `ResultCode` of `taobao.wdk.equipment.conveyor.systemevent.get`. */
export interface TaobaoWdkEquipmentConveyorSystemeventGetResultCode {
  /** message */
  message?: string;
  /** code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  warehouse_id: 'Number',
  conveyor_id: 'Number',
  start_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: {
      message: 'String',
      code: 'Number',
    },
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.systemevent.get`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorSystemeventGetOperation = {
  method: 'taobao.wdk.equipment.conveyor.systemevent.get',
  responseRoot: 'wdk_equipment_conveyor_systemevent_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取悬挂链系统事件 — calls TOP method `taobao.wdk.equipment.conveyor.systemevent.get`.
 *
 * 五道口悬挂链系统事件查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorSystemeventGet(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorSystemeventGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorSystemeventGetResponse> {
  return client.call<TaobaoWdkEquipmentConveyorSystemeventGetResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.systemevent.get',
      responseRoot: 'wdk_equipment_conveyor_systemevent_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

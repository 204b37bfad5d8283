// Generated from specs/wdk/taobao.wdk.equipment.conveyor.conveyorinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.conveyorinfo.get` (获取五道口悬挂链信息). */
export interface TaobaoWdkEquipmentConveyorConveyorinfoGetRequest {
  /** 仓库code */
  warehouse_code?: string;
  /** wcsNum */
  conveyor_id?: Int64Input;
}

/** Response of `taobao.wdk.equipment.conveyor.conveyorinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorConveyorinfoGetResponse {
  /** 返回值 */
  result?: TaobaoWdkEquipmentConveyorConveyorinfoGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.wdk.equipment.conveyor.conveyorinfo.get`. */
export interface TaobaoWdkEquipmentConveyorConveyorinfoGetResult {
  /** model */
  model?: TaobaoWdkEquipmentConveyorConveyorinfoGetWcsConveyorInfoDto;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `WcsConveyorInfoDto` of `taobao.wdk.equipment.conveyor.conveyorinfo.get`. */
export interface TaobaoWdkEquipmentConveyorConveyorinfoGetWcsConveyorInfoDto {
  /** warehouseCode */
  warehouse_code?: string;
  /** warehouseId */
  warehouse_id?: Int64;
  /** conveyorId */
  conveyor_id?: Int64;
  /** isRunning */
  is_running?: Int64;
  /** slidewaysUnused */
  slideways_unused?: Int64;
  /** lastHeartbeatTime */
  last_heartbeat_time?: string;
  /** circlingContainers */
  circling_containers?: Int64;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  conveyor_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      warehouse_code: 'String',
      warehouse_id: 'Number',
      conveyor_id: 'Number',
      is_running: 'Number',
      slideways_unused: 'Number',
      last_heartbeat_time: 'String',
      circling_containers: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.conveyorinfo.get`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorConveyorinfoGetOperation = {
  method: 'taobao.wdk.equipment.conveyor.conveyorinfo.get',
  responseRoot: 'wdk_equipment_conveyor_conveyorinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取五道口悬挂链信息 — calls TOP method `taobao.wdk.equipment.conveyor.conveyorinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorConveyorinfoGet(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorConveyorinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorConveyorinfoGetResponse> {
  return client.call<TaobaoWdkEquipmentConveyorConveyorinfoGetResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.conveyorinfo.get',
      responseRoot: 'wdk_equipment_conveyor_conveyorinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

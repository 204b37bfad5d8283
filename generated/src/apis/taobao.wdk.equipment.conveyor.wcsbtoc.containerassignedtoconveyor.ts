// Generated from specs/wdk/taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor` (容器被预分拣器分配到悬挂链). */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorRequest {
  /** warehouse_code */
  warehouse_code?: string;
  /** wcs_num */
  wcs_num?: Int64Input;
}

/** Response of `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorResponse {
  /** result */
  result?: TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorTopWcsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopWcsResult` of `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor`. */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorTopWcsResult {
  /** errorCode */
  service_error_code?: string;
  /** errorMsg */
  service_error_msg?: string;
  /** list */
  list?: TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorWcsContainerAssignedToConveyorDto[];
  /** success */
  is_success?: boolean;
}

/** `WcsContainerAssignedToConveyorDto` of `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor`. */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorWcsContainerAssignedToConveyorDto {
  /** warehouseCode */
  warehouse_code?: string;
  /** warehouseId */
  warehouse_id?: Int64;
  /** batchCode */
  batch_code?: string;
  /** containerCode */
  container_code?: string;
  /** waveCode */
  wave_code?: string;
  /** conveyorId */
  conveyor_id?: Int64;
  /** conveyorAssignedTime */
  conveyor_assigned_time?: string;
  /** assignedConveyor */
  assigned_conveyor?: Int64;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  wcs_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    service_error_code: 'String',
    service_error_msg: 'String',
    list: [
      {
        warehouse_code: 'String',
        warehouse_id: 'Number',
        batch_code: 'String',
        container_code: 'String',
        wave_code: 'String',
        conveyor_id: 'Number',
        conveyor_assigned_time: 'String',
        assigned_conveyor: 'Number',
        uuid: 'String',
      },
    ],
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorOperation = {
  method: 'taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor',
  responseRoot: 'wdk_equipment_conveyor_wcsbtoc_containerassignedtoconveyor_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 容器被预分拣器分配到悬挂链 — calls TOP method `taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyor(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorResponse> {
  return client.call<TaobaoWdkEquipmentConveyorWcsbtocContainerassignedtoconveyorResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.wcsbtoc.containerassignedtoconveyor',
      responseRoot: 'wdk_equipment_conveyor_wcsbtoc_containerassignedtoconveyor_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

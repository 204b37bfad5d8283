// Generated from specs/wdk/taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor` (容器被悬挂链扫描). */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorRequest {
  /** warehouse_code */
  warehouse_code?: string;
  /** wcs_num */
  wcs_num?: Int64Input;
}

/** Response of `taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorResponse {
  /** errorCode */
  service_error_code?: string;
  /** errorMsg */
  service_error_msg?: string;
  /** list */
  list?: TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorWcsContainerScannedByConveyorDto[];
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WcsContainerScannedByConveyorDto` of `taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor`. */
export interface TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorWcsContainerScannedByConveyorDto {
  /** warehouseCode */
  warehouse_code?: string;
  /** warehouseId */
  warehouse_id?: string;
  /** batchCode */
  batch_code?: string;
  /** containerCode */
  container_code?: string;
  /** waveCode */
  wave_code?: string;
  /** conveyorId */
  conveyor_id?: string;
  /** scannedTime */
  scanned_time?: string;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  wcs_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_error_code: 'String',
  service_error_msg: 'String',
  list: [
    {
      warehouse_code: 'String',
      warehouse_id: 'String',
      batch_code: 'String',
      container_code: 'String',
      wave_code: 'String',
      conveyor_id: 'String',
      scanned_time: 'Date',
      uuid: 'String',
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorOperation = {
  method: 'taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor',
  responseRoot: 'wdk_equipment_conveyor_wcsbtoc_containerscannedbyconveyor_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 容器被悬挂链扫描 — calls TOP method `taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyor(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorResponse> {
  return client.call<TaobaoWdkEquipmentConveyorWcsbtocContainerscannedbyconveyorResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.wcsbtoc.containerscannedbyconveyor',
      responseRoot: 'wdk_equipment_conveyor_wcsbtoc_containerscannedbyconveyor_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

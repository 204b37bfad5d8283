// Generated from specs/wdk/taobao.wdk.equipment.conveyor.containerinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.containerinfo.get` (获取批次或波次中容器的信息). */
export interface TaobaoWdkEquipmentConveyorContainerinfoGetRequest {
  /** 仓库id */
  warehouse_id?: Int64Input;
  /** 容器号 */
  container_code?: string;
  /** 批次号，可以为空串 */
  batch_code?: string;
  /** 波次号，可以为空串 */
  wave_code?: string;
}

/** Response of `taobao.wdk.equipment.conveyor.containerinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorContainerinfoGetResponse {
  /** 返回值 */
  result?: TaobaoWdkEquipmentConveyorContainerinfoGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.wdk.equipment.conveyor.containerinfo.get`. */
export interface TaobaoWdkEquipmentConveyorContainerinfoGetResult {
  /** result */
  result?: string;
  /** errorDesc */
  error_desc?: string;
  /** errorCode */
  error_code?: string;
  /** totelNum */
  totel_num?: Int64;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  warehouse_id: 'Number',
  container_code: 'String',
  batch_code: 'String',
  wave_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    error_desc: 'String',
    error_code: 'String',
    totel_num: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.containerinfo.get`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorContainerinfoGetOperation = {
  method: 'taobao.wdk.equipment.conveyor.containerinfo.get',
  responseRoot: 'wdk_equipment_conveyor_containerinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取批次或波次中容器的信息 — calls TOP method `taobao.wdk.equipment.conveyor.containerinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorContainerinfoGet(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorContainerinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorContainerinfoGetResponse> {
  return client.call<TaobaoWdkEquipmentConveyorContainerinfoGetResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.containerinfo.get',
      responseRoot: 'wdk_equipment_conveyor_containerinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

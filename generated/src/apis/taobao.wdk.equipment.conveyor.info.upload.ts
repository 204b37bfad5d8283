// Generated from specs/wdk/taobao.wdk.equipment.conveyor.info.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.info.upload` (五道口仓库悬挂链信息上报). */
export interface TaobaoWdkEquipmentConveyorInfoUploadRequest {
  /** 上传信息 */
  param0?: string;
}

/** Response of `taobao.wdk.equipment.conveyor.info.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorInfoUploadResponse {
  /** model */
  model?: string | Record<string, unknown>;
  /** errorCode */
  service_error_code?: string;
  /** errorMsg */
  service_error_msg?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  param0: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Json',
  service_error_code: 'String',
  service_error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.info.upload`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorInfoUploadOperation = {
  method: 'taobao.wdk.equipment.conveyor.info.upload',
  responseRoot: 'wdk_equipment_conveyor_info_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口仓库悬挂链信息上报 — calls TOP method `taobao.wdk.equipment.conveyor.info.upload`.
 *
 * 五道口仓库悬挂链信息上传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorInfoUpload(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorInfoUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorInfoUploadResponse> {
  return client.call<TaobaoWdkEquipmentConveyorInfoUploadResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.info.upload',
      responseRoot: 'wdk_equipment_conveyor_info_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

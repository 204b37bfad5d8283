// Generated from specs/wdk/taobao.wdk.equipment.conveyor.statusconfirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.equipment.conveyor.statusconfirm` (悬挂链状态回传确认). */
export interface TaobaoWdkEquipmentConveyorStatusconfirmRequest {
  /** warehouse_code */
  warehouse_code?: string;
  /** uuid */
  uuid?: string;
}

/** Response of `taobao.wdk.equipment.conveyor.statusconfirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkEquipmentConveyorStatusconfirmResponse {
  /** result */
  result?: TaobaoWdkEquipmentConveyorStatusconfirmTopWcsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopWcsResult` of `taobao.wdk.equipment.conveyor.statusconfirm`. */
export interface TaobaoWdkEquipmentConveyorStatusconfirmTopWcsResult {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.equipment.conveyor.statusconfirm`: method, response root, request and response schemas. */
export const taobaoWdkEquipmentConveyorStatusconfirmOperation = {
  method: 'taobao.wdk.equipment.conveyor.statusconfirm',
  responseRoot: 'wdk_equipment_conveyor_statusconfirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 悬挂链状态回传确认 — calls TOP method `taobao.wdk.equipment.conveyor.statusconfirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkEquipmentConveyorStatusconfirm(
  client: TopClient,
  request: TaobaoWdkEquipmentConveyorStatusconfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoWdkEquipmentConveyorStatusconfirmResponse> {
  return client.call<TaobaoWdkEquipmentConveyorStatusconfirmResponse>(
    {
      method: 'taobao.wdk.equipment.conveyor.statusconfirm',
      responseRoot: 'wdk_equipment_conveyor_statusconfirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/retail/alibaba.retail.device.road.status.reset.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.device.road.status.reset` (贩卖机货道解锁). */
export interface AlibabaRetailDeviceRoadStatusResetRequest {
  /** 设备外部编码 */
  device_uuid?: string;
  /** 阿里设备编码 */
  device_code?: string;
  /** 阿里设备物理编码 */
  device_sn?: string;
  /**
   * 货道编码
   *
   * Max list size: 20
   */
  road_no_list?: string[];
}

/** Response of `alibaba.retail.device.road.status.reset`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailDeviceRoadStatusResetResponse {
  /** 是否成功 */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_uuid: 'String',
  device_code: 'String',
  device_sn: 'String',
  road_no_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.device.road.status.reset`: method, response root, request and response schemas. */
export const alibabaRetailDeviceRoadStatusResetOperation = {
  method: 'alibaba.retail.device.road.status.reset',
  responseRoot: 'alibaba_retail_device_road_status_reset_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 贩卖机货道解锁 — calls TOP method `alibaba.retail.device.road.status.reset`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailDeviceRoadStatusReset(
  client: TopClient,
  request: AlibabaRetailDeviceRoadStatusResetRequest = {},
  options?: CallOptions,
): Promise<AlibabaRetailDeviceRoadStatusResetResponse> {
  return client.call<AlibabaRetailDeviceRoadStatusResetResponse>(
    {
      method: 'alibaba.retail.device.road.status.reset',
      responseRoot: 'alibaba_retail_device_road_status_reset_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

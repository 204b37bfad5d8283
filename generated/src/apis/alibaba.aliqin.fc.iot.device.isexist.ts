// Generated from specs/aliqin/alibaba.aliqin.fc.iot.device.isexist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.device.isexist` (判断设备是否存在). */
export interface AlibabaAliqinFcIotDeviceIsexistRequest {
  /** 设备编号 */
  imei: string;
  /** 设备类型（预留将来扩展） */
  device_type?: string;
  /** 渠道扩展编码（预留） */
  mid_pat_channel?: string;
}

/** Response of `alibaba.aliqin.fc.iot.device.isexist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotDeviceIsexistResponse {
  /** result */
  result?: AlibabaAliqinFcIotDeviceIsexistResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.device.isexist`. */
export interface AlibabaAliqinFcIotDeviceIsexistResult {
  /** 是否存在 */
  model?: boolean;
  /** code */
  code?: string;
  /** 是否异常 */
  success?: boolean;
  /** 返回描述 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  imei: 'String',
  device_type: 'String',
  mid_pat_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.device.isexist`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotDeviceIsexistOperation = {
  method: 'alibaba.aliqin.fc.iot.device.isexist',
  responseRoot: 'alibaba_aliqin_fc_iot_device_isexist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断设备是否存在 — calls TOP method `alibaba.aliqin.fc.iot.device.isexist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotDeviceIsexist(
  client: TopClient,
  request: AlibabaAliqinFcIotDeviceIsexistRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotDeviceIsexistResponse> {
  return client.call<AlibabaAliqinFcIotDeviceIsexistResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.device.isexist',
      responseRoot: 'alibaba_aliqin_fc_iot_device_isexist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/iot/alibaba.ailabs.aligenie.iot.device.control.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.iot.device.control.result` (设备控制结果). */
export interface AlibabaAilabsAligenieIotDeviceControlResultRequest {
  /** 请求token */
  request_token: string;
  /** 设备ID */
  device_id: string;
  /** 操作类型 1：控制操作 0:查询 */
  type?: Int64Input;
  /** 控制成功 */
  control?: boolean;
  /** 厂商执行返回ackCode */
  ack_code?: string;
}

/** Response of `alibaba.ailabs.aligenie.iot.device.control.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieIotDeviceControlResultResponse {
  /** statusCode */
  status_code?: Int64;
  /** message */
  message?: string;
  /** result */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  request_token: 'String',
  device_id: 'String',
  type: 'Number',
  control: 'Boolean',
  ack_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status_code: 'Number',
  message: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.iot.device.control.result`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieIotDeviceControlResultOperation = {
  method: 'alibaba.ailabs.aligenie.iot.device.control.result',
  responseRoot: 'alibaba_ailabs_aligenie_iot_device_control_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备控制结果 — calls TOP method `alibaba.ailabs.aligenie.iot.device.control.result`.
 *
 * 智能IOT解决外部厂商在云云模式在用户通过天猫精灵下发设备指令过程中，厂商指令完成，回调结果通知
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieIotDeviceControlResult(
  client: TopClient,
  request: AlibabaAilabsAligenieIotDeviceControlResultRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieIotDeviceControlResultResponse> {
  return client.call<AlibabaAilabsAligenieIotDeviceControlResultResponse>(
    {
      method: 'alibaba.ailabs.aligenie.iot.device.control.result',
      responseRoot: 'alibaba_ailabs_aligenie_iot_device_control_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

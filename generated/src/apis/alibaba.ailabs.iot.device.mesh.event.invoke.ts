// Generated from specs/tmallgenie/alibaba.ailabs.iot.device.mesh.event.invoke.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.device.mesh.event.invoke` (弹内设备中心事件调用). */
export interface AlibabaAilabsIotDeviceMeshEventInvokeRequest {
  /** 链接id */
  trace_id: string;
  /** 用户类型 */
  user_type: string;
  /** 事件 */
  event: AlibabaAilabsIotDeviceMeshEventInvokeLivingGenericEventDTOInput;
  /** 事件服务请求id */
  server_event_request_id: string;
  /** 音箱uuid */
  uuid: string;
  /** 用户 */
  user_id: Int64Input;
}

/** Response of `alibaba.ailabs.iot.device.mesh.event.invoke`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotDeviceMeshEventInvokeResponse {
  /** 事件链路id */
  trace_id?: string;
  /** 成功还是失败 */
  result?: boolean;
  /** 响应值 */
  ret_value?: string;
  /** 错误码 */
  ret_code?: Int64;
  /** 错误描述 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LivingGenericEventDTO` of `alibaba.ailabs.iot.device.mesh.event.invoke`. */
export interface AlibabaAilabsIotDeviceMeshEventInvokeLivingGenericEventDTOInput {
  /** 事件内容 */
  payload: string;
  /** 事件命名空间 */
  namespace: string;
  /** 命名 */
  name: string;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  user_type: 'String',
  event: {
    payload: 'String',
    namespace: 'String',
    name: 'String',
  },
  server_event_request_id: 'String',
  uuid: 'String',
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  result: 'Boolean',
  ret_value: 'String',
  ret_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.device.mesh.event.invoke`: method, response root, request and response schemas. */
export const alibabaAilabsIotDeviceMeshEventInvokeOperation = {
  method: 'alibaba.ailabs.iot.device.mesh.event.invoke',
  responseRoot: 'alibaba_ailabs_iot_device_mesh_event_invoke_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 弹内设备中心事件调用 — calls TOP method `alibaba.ailabs.iot.device.mesh.event.invoke`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotDeviceMeshEventInvoke(
  client: TopClient,
  request: AlibabaAilabsIotDeviceMeshEventInvokeRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotDeviceMeshEventInvokeResponse> {
  return client.call<AlibabaAilabsIotDeviceMeshEventInvokeResponse>(
    {
      method: 'alibaba.ailabs.iot.device.mesh.event.invoke',
      responseRoot: 'alibaba_ailabs_iot_device_mesh_event_invoke_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/aligenie/alibaba.ailabs.aligenie.device.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.device.unbind` (设备解绑操作接口). */
export interface AlibabaAilabsAligenieDeviceUnbindRequest {
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 账户体系隔离字符串 */
  schema: string;
  /** 欲解绑的设备ID */
  uuid: string;
}

/** Response of `alibaba.ailabs.aligenie.device.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieDeviceUnbindResponse {
  /** 解绑是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  user_id: 'String',
  schema: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.device.unbind`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieDeviceUnbindOperation = {
  method: 'alibaba.ailabs.aligenie.device.unbind',
  responseRoot: 'alibaba_ailabs_aligenie_device_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备解绑操作接口 — calls TOP method `alibaba.ailabs.aligenie.device.unbind`.
 *
 * 让开发者能根据设备ID进行解绑操作的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieDeviceUnbind(
  client: TopClient,
  request: AlibabaAilabsAligenieDeviceUnbindRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieDeviceUnbindResponse> {
  return client.call<AlibabaAilabsAligenieDeviceUnbindResponse>(
    {
      method: 'alibaba.ailabs.aligenie.device.unbind',
      responseRoot: 'alibaba_ailabs_aligenie_device_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallgenie/alibaba.ailabs.aligenie.device.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.device.register` (天猫精灵开放平台获取设备秘钥). */
export interface AlibabaAilabsAligenieDeviceRegisterRequest {
  /** 设备id */
  device_id: Int64Input;
  /** mac区段脚本 */
  mac_sections: string;
}

/** Response of `alibaba.ailabs.aligenie.device.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieDeviceRegisterResponse {
  /** 设备秘钥信息 */
  device_secret_infos?: AlibabaAilabsAligenieDeviceRegisterDeviceSecretInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceSecretInfo` of `alibaba.ailabs.aligenie.device.register`. */
export interface AlibabaAilabsAligenieDeviceRegisterDeviceSecretInfo {
  /** 错误原因 */
  reason?: string;
  /** 获取秘钥是否成功 */
  sucess?: boolean;
  /** 秘钥 */
  secret?: string;
  /** mac地址 */
  mac?: string;
  /** md5 */
  md5?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'Number',
  mac_sections: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  device_secret_infos: [
    {
      reason: 'String',
      sucess: 'Boolean',
      secret: 'String',
      mac: 'String',
      md5: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.device.register`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieDeviceRegisterOperation = {
  method: 'alibaba.ailabs.aligenie.device.register',
  responseRoot: 'alibaba_ailabs_aligenie_device_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵开放平台获取设备秘钥 — calls TOP method `alibaba.ailabs.aligenie.device.register`.
 *
 * 向天猫精灵inside平台注册设备mac地址，并获取设备的唯一密钥
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieDeviceRegister(
  client: TopClient,
  request: AlibabaAilabsAligenieDeviceRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieDeviceRegisterResponse> {
  return client.call<AlibabaAilabsAligenieDeviceRegisterResponse>(
    {
      method: 'alibaba.ailabs.aligenie.device.register',
      responseRoot: 'alibaba_ailabs_aligenie_device_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/aliqin/alibaba.aliqin.fc.iot.device.post.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.device.post` (商家提交设备信息). */
export interface AlibabaAliqinFcIotDevicePostRequest {
  /** 15位imei号 */
  imei: string;
  /** 设备类型（将来扩展） */
  device_type?: string;
  /** 备注 */
  comments?: string;
  /** 扩展字段 */
  mid_pat_channel?: string;
}

/** Response of `alibaba.aliqin.fc.iot.device.post`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotDevicePostResponse {
  /** result */
  result?: AlibabaAliqinFcIotDevicePostResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.device.post`. */
export interface AlibabaAliqinFcIotDevicePostResult {
  /** 响应结果描述 */
  model?: string;
  /** 响应code 判断以此判断是否提交成功 */
  code?: string;
  /** 是否异常 */
  success?: boolean;
  /** 返回描述 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  imei: 'String',
  device_type: 'String',
  comments: 'String',
  mid_pat_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.device.post`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotDevicePostOperation = {
  method: 'alibaba.aliqin.fc.iot.device.post',
  responseRoot: 'alibaba_aliqin_fc_iot_device_post_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家提交设备信息 — calls TOP method `alibaba.aliqin.fc.iot.device.post`.
 *
 * 物联网商家设备信息录入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotDevicePost(
  client: TopClient,
  request: AlibabaAliqinFcIotDevicePostRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotDevicePostResponse> {
  return client.call<AlibabaAliqinFcIotDevicePostResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.device.post',
      responseRoot: 'alibaba_aliqin_fc_iot_device_post_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

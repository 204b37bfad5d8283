// Generated from specs/alilabs/alibaba.ailabs.tvs.device.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tvs.device.list` (获取TVS设备列表). */
export interface AlibabaAilabsTvsDeviceListRequest {}

/** Response of `alibaba.ailabs.tvs.device.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTvsDeviceListResponse {
  /** 设备信息列表 */
  devices?: AlibabaAilabsTvsDeviceListData[];
  /** 接口调用结果代码，200代表调用成功。 */
  status_code?: string;
  /** 接口调用错误时给出的错误相关信息。 */
  error_msg?: string;
  /** 服务请求是否成功。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.ailabs.tvs.device.list`. */
export interface AlibabaAilabsTvsDeviceListData {
  /** 设备名称 */
  name?: string;
  /** 设备激活时间 */
  activate_time?: string;
  /** TVS服务给予设备的唯一标识 */
  uuid?: string;
  /** 厂商给定的设备硬件标识 */
  dsn?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  devices: [
    {
      name: 'String',
      activate_time: 'String',
      uuid: 'String',
      dsn: 'String',
    },
  ],
  status_code: 'String',
  error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tvs.device.list`: method, response root, request and response schemas. */
export const alibabaAilabsTvsDeviceListOperation = {
  method: 'alibaba.ailabs.tvs.device.list',
  responseRoot: 'alibaba_ailabs_tvs_device_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取TVS设备列表 — calls TOP method `alibaba.ailabs.tvs.device.list`.
 *
 * 获取用户所绑定的TVS设备列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTvsDeviceList(
  client: TopClient,
  request: AlibabaAilabsTvsDeviceListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTvsDeviceListResponse> {
  return client.call<AlibabaAilabsTvsDeviceListResponse>(
    {
      method: 'alibaba.ailabs.tvs.device.list',
      responseRoot: 'alibaba_ailabs_tvs_device_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

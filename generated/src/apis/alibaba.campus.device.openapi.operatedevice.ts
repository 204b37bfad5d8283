// Generated from specs/campus/alibaba.campus.device.openapi.operatedevice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.operatedevice` (根据uuid操作设备). */
export interface AlibabaCampusDeviceOpenapiOperatedeviceRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiOperatedeviceWorkBenchContextInput;
  /** 设备序列号uuid */
  uuid: string;
  /** 参数code,如灯亮度参数为brightness;设备的开关switchstate。参数code信息请查阅‘平台技术’下‘设备详细信息开发文档’。 */
  property_code: string;
  /** 设置的参数值.如灯亮度为0~255.0表示关;设备开关,值使用on或off。[请按照‘设备详细信息开发文档’传入正确的参数值类型] */
  value: string;
}

/** Response of `alibaba.campus.device.openapi.operatedevice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiOperatedeviceResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiOperatedevicePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.operatedevice`. */
export interface AlibabaCampusDeviceOpenapiOperatedeviceWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区Id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.device.openapi.operatedevice`. */
export interface AlibabaCampusDeviceOpenapiOperatedevicePojoResult {
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 下达操作设备的命令是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  uuid: 'String',
  property_code: 'String',
  value: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.operatedevice`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiOperatedeviceOperation = {
  method: 'alibaba.campus.device.openapi.operatedevice',
  responseRoot: 'alibaba_campus_device_openapi_operatedevice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据uuid操作设备 — calls TOP method `alibaba.campus.device.openapi.operatedevice`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiOperatedevice(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiOperatedeviceRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiOperatedeviceResponse> {
  return client.call<AlibabaCampusDeviceOpenapiOperatedeviceResponse>(
    {
      method: 'alibaba.campus.device.openapi.operatedevice',
      responseRoot: 'alibaba_campus_device_openapi_operatedevice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/campus/alibaba.campus.device.openapi.getdevicerealtimelog.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.getdevicerealtimelog` (根据设备uuid获取设备采集信息). */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGetdevicerealtimelogWorkBenchContextInput;
  /** 设备uuid */
  uuid: string;
}

/** Response of `alibaba.campus.device.openapi.getdevicerealtimelog`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiGetdevicerealtimelogPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.getdevicerealtimelog`. */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区Id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.device.openapi.getdevicerealtimelog`. */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogPojoResult {
  /** 设备实时参数信息 */
  content?: AlibabaCampusDeviceOpenapiGetdevicerealtimelogRunTimeDataDto;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RunTimeDataDto` of `alibaba.campus.device.openapi.getdevicerealtimelog`. */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogRunTimeDataDto {
  /** 设备id */
  device_id?: string;
  /** 事件时间 */
  event_time?: Int64;
  /** 消息id */
  msg_id?: string;
  /** runTimeData */
  run_time_datas?: AlibabaCampusDeviceOpenapiGetdevicerealtimelogRunDataDto[];
  /** 是否是逻辑设备 */
  be_logic?: boolean;
}

/** `RunDataDto` of `alibaba.campus.device.openapi.getdevicerealtimelog`. */
export interface AlibabaCampusDeviceOpenapiGetdevicerealtimelogRunDataDto {
  /** 参数编码 */
  property_code?: string;
  /** 参数名称 */
  property_name?: string;
  /** 实时参数值 */
  value?: string;
  /** 参数在数据字典所属分类，如30600代表character */
  property_kind?: Int64;
  /** unitCode */
  unit_code?: string;
  /** 被关联物理设备编码 */
  ref_device_id?: string;
  /** 被关联参数点编码 */
  ref_property_code?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      device_id: 'String',
      event_time: 'Number',
      msg_id: 'String',
      run_time_datas: [
        {
          property_code: 'String',
          property_name: 'String',
          value: 'String',
          property_kind: 'Number',
          unit_code: 'String',
          ref_device_id: 'String',
          ref_property_code: 'String',
        },
      ],
      be_logic: 'Boolean',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.getdevicerealtimelog`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGetdevicerealtimelogOperation = {
  method: 'alibaba.campus.device.openapi.getdevicerealtimelog',
  responseRoot: 'alibaba_campus_device_openapi_getdevicerealtimelog_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据设备uuid获取设备采集信息 — calls TOP method `alibaba.campus.device.openapi.getdevicerealtimelog`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGetdevicerealtimelog(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGetdevicerealtimelogRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGetdevicerealtimelogResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGetdevicerealtimelogResponse>(
    {
      method: 'alibaba.campus.device.openapi.getdevicerealtimelog',
      responseRoot: 'alibaba_campus_device_openapi_getdevicerealtimelog_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

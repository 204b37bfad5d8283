// Generated from specs/campus/alibaba.campus.device.openapi.gethistorydata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.gethistorydata` (查询设备历史数据). */
export interface AlibabaCampusDeviceOpenapiGethistorydataRequest {
  /** 请求端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGethistorydataWorkBenchContextInput;
  /** 历史数据查询对象 */
  query: AlibabaCampusDeviceOpenapiGethistorydataDeviceDataApiQueryInput;
}

/** Response of `alibaba.campus.device.openapi.gethistorydata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGethistorydataResponse {
  /** 出参 */
  result?: AlibabaCampusDeviceOpenapiGethistorydataPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.gethistorydata`. */
export interface AlibabaCampusDeviceOpenapiGethistorydataWorkBenchContextInput {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `DeviceDataApiQuery` of `alibaba.campus.device.openapi.gethistorydata`. */
export interface AlibabaCampusDeviceOpenapiGethistorydataDeviceDataApiQueryInput {
  /** 分页大小(最大500) */
  limit: Int64Input;
  /** 启始时间(防止接口超时,建议不要传入时间跨度过大,如查询一个月内的数据) */
  start_date: DateInput;
  /** 参数点code(详细请查阅‘平台技术’下‘设备详细信息开发文档’。) */
  property_code: string;
  /** 终止时间 */
  end_date: DateInput;
  /** 当前页 */
  current_page: Int64Input;
  /** 设备id */
  uuid: string;
}

/** `PageResult` of `alibaba.campus.device.openapi.gethistorydata`. */
export interface AlibabaCampusDeviceOpenapiGethistorydataPageResult {
  /** 历史数据返回信息 */
  content?: AlibabaCampusDeviceOpenapiGethistorydataPage;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Page` of `alibaba.campus.device.openapi.gethistorydata`. */
export interface AlibabaCampusDeviceOpenapiGethistorydataPage {
  /** 总记录数 */
  total?: Int64;
  /** 分页大小 */
  limit?: Int64;
  /** 历史数据集合 */
  results?: AlibabaCampusDeviceOpenapiGethistorydataDeviceDataApiDto[];
  /** 当前页 */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `DeviceDataApiDto` of `alibaba.campus.device.openapi.gethistorydata`. */
export interface AlibabaCampusDeviceOpenapiGethistorydataDeviceDataApiDto {
  /** 设备id */
  device_id?: string;
  /** 设备code */
  device_code?: string;
  /** 参数点code */
  property_code?: string;
  /** 历史数据值 */
  value?: string;
  /** 时间戳 */
  timestamp?: Int64;
  /** 值类型id */
  value_type?: Int64;
  /** 值类型名称 */
  value_type_name?: string;
  /** 单位id */
  unit_id?: Int64;
  /** 单位编码 */
  unit_code?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  query: {
    limit: 'Number',
    start_date: 'Date',
    property_code: 'String',
    end_date: 'Date',
    current_page: 'Number',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      limit: 'Number',
      results: [
        {
          device_id: 'String',
          device_code: 'String',
          property_code: 'String',
          value: 'String',
          timestamp: 'Number',
          value_type: 'Number',
          value_type_name: 'String',
          unit_id: 'Number',
          unit_code: 'String',
        },
      ],
      current_page: 'Number',
      total_page: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.gethistorydata`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGethistorydataOperation = {
  method: 'alibaba.campus.device.openapi.gethistorydata',
  responseRoot: 'alibaba_campus_device_openapi_gethistorydata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询设备历史数据 — calls TOP method `alibaba.campus.device.openapi.gethistorydata`.
 *
 * 查询历史数据的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGethistorydata(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGethistorydataRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGethistorydataResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGethistorydataResponse>(
    {
      method: 'alibaba.campus.device.openapi.gethistorydata',
      responseRoot: 'alibaba_campus_device_openapi_gethistorydata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

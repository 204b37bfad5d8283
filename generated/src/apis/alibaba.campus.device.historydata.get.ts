// Generated from specs/campus/alibaba.campus.device.historydata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.historydata.get` (设备历史数据批量获取). */
export interface AlibabaCampusDeviceHistorydataGetRequest {
  /** workbench */
  work_bench_context?: AlibabaCampusDeviceHistorydataGetWorkBenchContextInput;
  /** 查询条件 */
  query?: AlibabaCampusDeviceHistorydataGetDeviceHistoryBatchQueryInput;
}

/** Response of `alibaba.campus.device.historydata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceHistorydataGetResponse {
  /** result */
  result?: AlibabaCampusDeviceHistorydataGetListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.historydata.get`. */
export interface AlibabaCampusDeviceHistorydataGetWorkBenchContextInput {
  /** 用户id，可不填 */
  user_id?: Int64Input;
  /** eagleEye */
  eagle_eye_trace_id?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id?: Int64Input;
}

/** `DeviceHistoryBatchQuery` of `alibaba.campus.device.historydata.get`. */
export interface AlibabaCampusDeviceHistorydataGetDeviceHistoryBatchQueryInput {
  /** 历史数据查询开始时间 */
  start_date: DateInput;
  /** 历史数据查询结束时间 */
  end_date: DateInput;
  /** 设备模板code */
  kind_code: string;
  /** 历史数据查询间隔（min） */
  interval_minutes: Int64Input;
  /** 设备属性code */
  property_code: string;
  /** 设备列表 */
  device_uuid_list: string[];
  /** 设备所属园区id */
  campus_id: string;
}

/** `ListResult` of `alibaba.campus.device.historydata.get`. */
export interface AlibabaCampusDeviceHistorydataGetListResult {
  /** 设备历史数据内容 */
  device_data_list?: AlibabaCampusDeviceHistorydataGetDeviceHistoryBatchApiDto[];
  /** 返回结果总攻条数 */
  total_count?: Int64;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 查询是否成功 */
  success?: boolean;
  /** 额外报错信息 */
  error_ext_info?: string;
  /** 错误级别 */
  error_level?: string;
}

/** `DeviceHistoryBatchApiDto` of `alibaba.campus.device.historydata.get`. */
export interface AlibabaCampusDeviceHistorydataGetDeviceHistoryBatchApiDto {
  /** 设备参数code */
  property_code?: string;
  /** 设备id */
  device_id?: string;
  /** 当前设备查询结果状态 */
  success?: string;
  /** 当前查询错误信息 */
  error_msg?: string;
  /** 当前查询错误编码 */
  err_code?: string;
  /** 当前设备运行参数时间切片历史数据 */
  device_interval_value?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    user_id: 'Number',
    eagle_eye_trace_id: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  query: {
    start_date: 'Date',
    end_date: 'Date',
    kind_code: 'String',
    interval_minutes: 'Number',
    property_code: 'String',
    device_uuid_list: ['String'],
    campus_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    device_data_list: [
      {
        property_code: 'String',
        device_id: 'String',
        success: 'String',
        error_msg: 'String',
        err_code: 'String',
        device_interval_value: 'String',
      },
    ],
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_ext_info: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.historydata.get`: method, response root, request and response schemas. */
export const alibabaCampusDeviceHistorydataGetOperation = {
  method: 'alibaba.campus.device.historydata.get',
  responseRoot: 'alibaba_campus_device_historydata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备历史数据批量获取 — calls TOP method `alibaba.campus.device.historydata.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceHistorydataGet(
  client: TopClient,
  request: AlibabaCampusDeviceHistorydataGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusDeviceHistorydataGetResponse> {
  return client.call<AlibabaCampusDeviceHistorydataGetResponse>(
    {
      method: 'alibaba.campus.device.historydata.get',
      responseRoot: 'alibaba_campus_device_historydata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

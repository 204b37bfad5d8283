// Generated from specs/alink/aliyun.alink.data.stat.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alink.data.stat.report` (外部离线统计数据上报). */
export interface AliyunAlinkDataStatReportRequest {
  /** 入参对象 */
  param_bean: AliyunAlinkDataStatReportOuterDataBeanInput;
}

/** Response of `aliyun.alink.data.stat.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAlinkDataStatReportResponse {
  /** 错误消息 */
  message?: string;
  /** 数据入库状态 */
  module?: boolean;
  /** 状态 */
  status?: Int64;
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OuterDataBean` of `aliyun.alink.data.stat.report`. */
export interface AliyunAlinkDataStatReportOuterDataBeanInput {
  /** 上报内容，可以是数字，或者json格式文本 */
  content: string;
  /** 产品型号，在入驻时生成的 */
  model: string;
  /** 数据类型，detail：明细数据，stat：统计数据 */
  data_type: string;
  /** 产品型号key，和model对应，在注册产品型号时分配 */
  model_key: string;
  /** 数据产生的时间 */
  stat_time: DateInput;
  /** 外部数据的唯一id，比如：设备mac、sn等表示设备唯一性的数据，或者表示该统计数据的自定义id */
  outer_id: string;
}

const REQUEST_SCHEMA = {
  param_bean: {
    content: 'String',
    model: 'String',
    data_type: 'String',
    model_key: 'String',
    stat_time: 'Date',
    outer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  module: 'Boolean',
  status: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alink.data.stat.report`: method, response root, request and response schemas. */
export const aliyunAlinkDataStatReportOperation = {
  method: 'aliyun.alink.data.stat.report',
  responseRoot: 'aliyun_alink_data_stat_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部离线统计数据上报 — calls TOP method `aliyun.alink.data.stat.report`.
 *
 * 外部合作厂商上报设备的明细数据，或者离线统计数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAlinkDataStatReport(
  client: TopClient,
  request: AliyunAlinkDataStatReportRequest,
  options?: CallOptions,
): Promise<AliyunAlinkDataStatReportResponse> {
  return client.call<AliyunAlinkDataStatReportResponse>(
    {
      method: 'aliyun.alink.data.stat.report',
      responseRoot: 'aliyun_alink_data_stat_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/mos/alibaba.mos.hr.background.report.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.hr.background.report.notify` (背调公司背调结果通知). */
export interface AlibabaMosHrBackgroundReportNotifyRequest {
  /** 背调结果通知对象 */
  hr_background_report_notify_dto?: AlibabaMosHrBackgroundReportNotifyHrBackgroundReportNotifyDTOInput;
}

/** Response of `alibaba.mos.hr.background.report.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosHrBackgroundReportNotifyResponse {
  /** 调用链id */
  trace_id?: string;
  /** 异步结果 */
  async_result?: string;
  /** 返回对象 */
  data?: string;
  /** 调用是否成功 */
  issuccess?: boolean;
  /** 错误code */
  errcode?: string;
  /** 是否同步 */
  is_async?: boolean;
  /** 扩展字段 */
  attributes?: string | Record<string, unknown>;
  /** 错误信息 */
  err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HrBackgroundReportNotifyDTO` of `alibaba.mos.hr.background.report.notify`. */
export interface AlibabaMosHrBackgroundReportNotifyHrBackgroundReportNotifyDTOInput {
  /** 下单时MOS传的唯一编码 */
  source_id?: string;
  /** 报告结果(1:绿灯，2:红灯， 3:黄灯，10:蓝灯) */
  final_report_res_sel?: string;
  /** 外部订单号 */
  order_no?: string;
  /** 获取结果时背调状态(0:未背调，3:待授权，4:背调中，5:已完成，6:系统取消，7:银泰取消，8:授权超期取消，9:无需背调) */
  record_status?: string;
  /** 报告格式化json数据 */
  report_data?: string;
  /** 备注 */
  remark?: string;
  /** 是否最终版本(1:最终版本 0:非终版) */
  final_version?: string;
  /** 预计报告时间 */
  estimate_finish_time?: string;
  /** 背调公司 */
  background_company_name?: string;
}

const REQUEST_SCHEMA = {
  hr_background_report_notify_dto: {
    source_id: 'String',
    final_report_res_sel: 'String',
    order_no: 'String',
    record_status: 'String',
    report_data: 'String',
    remark: 'String',
    final_version: 'String',
    estimate_finish_time: 'String',
    background_company_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  async_result: 'String',
  data: 'String',
  issuccess: 'Boolean',
  errcode: 'String',
  is_async: 'Boolean',
  attributes: 'Json',
  err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.hr.background.report.notify`: method, response root, request and response schemas. */
export const alibabaMosHrBackgroundReportNotifyOperation = {
  method: 'alibaba.mos.hr.background.report.notify',
  responseRoot: 'alibaba_mos_hr_background_report_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 背调公司背调结果通知 — calls TOP method `alibaba.mos.hr.background.report.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosHrBackgroundReportNotify(
  client: TopClient,
  request: AlibabaMosHrBackgroundReportNotifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosHrBackgroundReportNotifyResponse> {
  return client.call<AlibabaMosHrBackgroundReportNotifyResponse>(
    {
      method: 'alibaba.mos.hr.background.report.notify',
      responseRoot: 'alibaba_mos_hr_background_report_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

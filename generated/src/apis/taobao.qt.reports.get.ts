// Generated from specs/qt/taobao.qt.reports.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qt.reports.get` (批量查询质检报告). */
export interface TaobaoQtReportsGetRequest {
  /**
   * 质检服务商名
   *
   * Max length: 50
   */
  sp_name: string;
  /** 质检类型，目前只支持查询qt_type=11的类型 */
  qt_type: Int64Input;
  /** 收费项code */
  servcie_item_code: string;
  /** 送检者昵称 */
  nick: string;
  /** 查询时间段的开始时间 */
  start_time?: DateInput;
  /** 查询时间段的结束时间 */
  end_time?: DateInput;
}

/** Response of `taobao.qt.reports.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQtReportsGetResponse {
  /** 质检报告列表 */
  reports?: TaobaoQtReportsGetQtReport[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QtReport` of `taobao.qt.reports.get`. */
export interface TaobaoQtReportsGetQtReport {
  /** 质检报告在淘宝的Id */
  id?: Int64;
  /** 创建日期 */
  gmt_create?: string;
  /** 是否合格 */
  is_passed?: boolean;
  /** 送检人昵称 */
  nick?: string;
  /** 质检服务商名称 */
  sp_name?: string;
  /** 出具报告时间。 */
  gmt_report?: string;
  /** 不合格原因 */
  message?: string;
  /** 提交检查时间 */
  gmt_submit?: string;
  /** 质检编号 */
  qt_code?: string;
  /** 质检项名称 */
  qt_name?: string;
  /** 样品的链接 */
  item_url?: string;
  /** 质检类型 0,全部 1,聚划算认证2,消保打标 */
  qt_type?: Int64;
  /** 质检标准 */
  qt_standard?: string;
  /** 质检报告地址 */
  report_url?: string;
  /** 扩展属性通过冒号分隔属性与属性值. 分号分隔不同属性 */
  ext_attr?: string;
  /** 质检有效期限 */
  gmt_expiry?: string;
  /** 样本宝贝id */
  num_iid?: Int64;
  /**
   * 质检报告状态
   * 0:已提交申请 1:已收到样品 2:已出检测结果 3.已出具报告
   */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  sp_name: 'String',
  qt_type: 'Number',
  servcie_item_code: 'String',
  nick: 'String',
  start_time: 'Date',
  end_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  reports: [
    {
      id: 'Number',
      gmt_create: 'Date',
      is_passed: 'Boolean',
      nick: 'String',
      sp_name: 'String',
      gmt_report: 'Date',
      message: 'String',
      gmt_submit: 'Date',
      qt_code: 'String',
      qt_name: 'String',
      item_url: 'String',
      qt_type: 'Number',
      qt_standard: 'String',
      report_url: 'String',
      ext_attr: 'String',
      gmt_expiry: 'Date',
      num_iid: 'Number',
      status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.qt.reports.get`: method, response root, request and response schemas. */
export const taobaoQtReportsGetOperation = {
  method: 'taobao.qt.reports.get',
  responseRoot: 'qt_reports_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询质检报告 — calls TOP method `taobao.qt.reports.get`.
 *
 * 批量查询质检报告，目前只支持查询qtType=11（天猫真假鉴定）类型的报告
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQtReportsGet(
  client: TopClient,
  request: TaobaoQtReportsGetRequest,
  options?: CallOptions,
): Promise<TaobaoQtReportsGetResponse> {
  return client.call<TaobaoQtReportsGetResponse>(
    {
      method: 'taobao.qt.reports.get',
      responseRoot: 'qt_reports_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

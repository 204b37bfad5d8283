// Generated from specs/qt/taobao.qt.report.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qt.report.update` (更新质检报告). */
export interface TaobaoQtReportUpdateRequest {
  /**
   * 收费项code
   *
   * Max length: 64
   */
  servcie_item_code: string;
  /**
   * 质检服务商名称
   *
   * Max length: 50
   */
  sp_name: string;
  /**
   * 送检者昵称
   *
   * Max length: 32
   */
  nick: string;
  /**
   * 一个质检服务唯一标识质量检验单的编号
   *
   * Max length: 64
   */
  qt_code: string;
  /**
   * 质检名称
   *
   * Max length: 150
   */
  qt_name: string;
  /**
   * 宝贝样品url
   *
   * Max length: 256
   */
  item_url: string;
  /**
   * 样品宝贝描述
   *
   * Max length: 150
   */
  item_desc: string;
  /**
   * (1L, "聚划算"),
   * (2L, "消保"),
   * (3L, "分销"),
   * (4L, "抽检"),
   * (5L, "良无限线下数据"),
   * (6L, "入驻/续签商城"),
   * (7L, "买家质检维权"),
   * (8L, "实地验证"),
   * (9L, "淘宝买家订单商品鉴定"),
   * (10L,"假一赔三");
   */
  qt_type: Int64Input;
  /**
   * 质检标准
   * status=3 时必须非空
   *
   * Max length: 16
   */
  qt_standard?: string;
  /**
   * 质检报告源文件url
   * status状态为3时必须非空
   *
   * Max length: 256
   */
  report_url?: string;
  /**
   * 0:已提交申请
   * 1:已收到样品
   * 2:已出检测结果
   * 3.已出具报告
   */
  status: Int64Input;
  /**
   * 只有status=3时赋值,
   * 0:未通过1:通过 空代表未判定
   */
  is_passed?: boolean;
  /**
   * 检测结果消息描述
   *
   * Max length: 300
   */
  message?: string;
  /**
   * 自定义属性字段;分号分隔
   *
   * Max length: 2000
   */
  ext_attr?: string;
  /** 送检日期 */
  gmt_submit?: DateInput;
  /** 提交报告结果时间 */
  gmt_report?: DateInput;
  /**
   * 质检有效到期时间，一般为一年有效期
   * status状态为3时必须非空
   */
  gmt_expiry?: DateInput;
  /**
   * 外部ID，和QT_TYPE 一起表示某种平台的实体ID。
   * QT_TYPE=9的时候，num_iid为淘宝订单号
   */
  num_iid?: Int64Input;
}

/** Response of `taobao.qt.report.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQtReportUpdateResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  servcie_item_code: 'String',
  sp_name: 'String',
  nick: 'String',
  qt_code: 'String',
  qt_name: 'String',
  item_url: 'String',
  item_desc: 'String',
  qt_type: 'Number',
  qt_standard: 'String',
  report_url: 'String',
  status: 'Number',
  is_passed: 'Boolean',
  message: 'String',
  ext_attr: 'String',
  gmt_submit: 'Date',
  gmt_report: 'Date',
  gmt_expiry: 'Date',
  num_iid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qt.report.update`: method, response root, request and response schemas. */
export const taobaoQtReportUpdateOperation = {
  method: 'taobao.qt.report.update',
  responseRoot: 'qt_report_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新质检报告 — calls TOP method `taobao.qt.report.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQtReportUpdate(
  client: TopClient,
  request: TaobaoQtReportUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoQtReportUpdateResponse> {
  return client.call<TaobaoQtReportUpdateResponse>(
    {
      method: 'taobao.qt.report.update',
      responseRoot: 'qt_report_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

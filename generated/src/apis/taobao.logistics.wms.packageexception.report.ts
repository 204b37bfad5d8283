// Generated from specs/tblogistics/taobao.logistics.wms.packageexception.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.packageexception.report` (无主件回告). */
export interface TaobaoLogisticsWmsPackageexceptionReportRequest {
  /** 请求 */
  report_exception_request: TaobaoLogisticsWmsPackageexceptionReportReportExceptionRequestInput;
}

/** Response of `taobao.logistics.wms.packageexception.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsPackageexceptionReportResponse {
  /** 响应信息 */
  result?: TaobaoLogisticsWmsPackageexceptionReportResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReportExceptionRequest` of `taobao.logistics.wms.packageexception.report`. */
export interface TaobaoLogisticsWmsPackageexceptionReportReportExceptionRequestInput {
  /** 物流主体 */
  logistics_owner: string;
  /** 物流服务商ID */
  supplier_id: string;
  /** 服务商仓code */
  warehouse_code: string;
  /** 异常包裹运单号 */
  mail_no?: string;
  /** 异常作业单号 */
  order_code?: string;
  /** 作业单类型 */
  order_type?: string;
  /** 异常包裹WMS单据号 */
  outer_order_code: string;
  /** 异常包裹快递公司code */
  tms_cp_code?: string;
  /** 异常操作时间 */
  operate_time: string;
  /** 异常包裹寄件人手机号 */
  sender_mobile?: string;
  /** 异常包裹图片链接 */
  package_image?: string[];
  /** 异常发生的仓内作业节点 */
  wms_operate_node: string;
  /** 异常类型 */
  error_type: string[];
  /** 异常操作节点 */
  error_operate_status: string;
  /** 异常说明 */
  error_msg: string;
  /** 包裹货主 */
  package_owner_code?: string;
  /** 拓展属性 */
  extend_props?: string;
}

/** `ResultWrapper` of `taobao.logistics.wms.packageexception.report`. */
export interface TaobaoLogisticsWmsPackageexceptionReportResultWrapper {
  /** 响应状态 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  report_exception_request: {
    logistics_owner: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    mail_no: 'String',
    order_code: 'String',
    order_type: 'String',
    outer_order_code: 'String',
    tms_cp_code: 'String',
    operate_time: 'String',
    sender_mobile: 'String',
    package_image: ['String'],
    wms_operate_node: 'String',
    error_type: ['String'],
    error_operate_status: 'String',
    error_msg: 'String',
    package_owner_code: 'String',
    extend_props: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.packageexception.report`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsPackageexceptionReportOperation = {
  method: 'taobao.logistics.wms.packageexception.report',
  responseRoot: 'logistics_wms_packageexception_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无主件回告 — calls TOP method `taobao.logistics.wms.packageexception.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsPackageexceptionReport(
  client: TopClient,
  request: TaobaoLogisticsWmsPackageexceptionReportRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsPackageexceptionReportResponse> {
  return client.call<TaobaoLogisticsWmsPackageexceptionReportResponse>(
    {
      method: 'taobao.logistics.wms.packageexception.report',
      responseRoot: 'logistics_wms_packageexception_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

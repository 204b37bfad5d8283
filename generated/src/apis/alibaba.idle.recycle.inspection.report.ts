// Generated from specs/idle/alibaba.idle.recycle.inspection.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.inspection.report` (鉴定报告). */
export interface AlibabaIdleRecycleInspectionReportRequest {
  /** 鉴定报告 */
  inspection_report?: AlibabaIdleRecycleInspectionReportInspectionReportInput;
}

/** Response of `alibaba.idle.recycle.inspection.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleInspectionReportResponse {
  /** result */
  result?: AlibabaIdleRecycleInspectionReportRecycleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InspectionReport` of `alibaba.idle.recycle.inspection.report`. */
export interface AlibabaIdleRecycleInspectionReportInspectionReportInput {
  /** 价格 */
  price?: Int64Input;
  /** 错误信息 */
  err_msg?: string;
  /** 鉴定报告 */
  report?: string;
  /** 错误描述 */
  err_code?: string;
  /** 成功 */
  success?: boolean;
  /** 订单，orderId优先，与quote_id任选其一 */
  order_id?: Int64Input;
  /** 成色 */
  degree?: string;
  /** 估价id,与order_id任选其一，orderId优先 */
  quote_id?: string;
  /** 对此商品的质检描述 */
  summary?: string;
  /** 手淘商家的淘宝账号id，通过 spuId 和 recycleSupplierId 定位到唯一的回收模板 */
  recycle_supplier_id?: Int64Input;
  /** /** * Json串:desc存储特别说明的文字描述,images存储上传的图片url; * 形如: * { * "desc":"desc", * "images":[ * "imageUrl1", * "imageUrl2" * ] * }; *\/ */
  explanation?: string;
  /** 质检类型（1第一次直接;2二次复检） */
  appraise_type?: Int64Input;
  /** 设备imei号 */
  imei?: string;
}

/** `RecycleResult` of `alibaba.idle.recycle.inspection.report`. */
export interface AlibabaIdleRecycleInspectionReportRecycleResult {
  /** errMsg */
  err_msg?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  inspection_report: {
    price: 'Number',
    err_msg: 'String',
    report: 'String',
    err_code: 'String',
    success: 'Boolean',
    order_id: 'Number',
    degree: 'String',
    quote_id: 'String',
    summary: 'String',
    recycle_supplier_id: 'Number',
    explanation: 'String',
    appraise_type: 'Number',
    imei: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.inspection.report`: method, response root, request and response schemas. */
export const alibabaIdleRecycleInspectionReportOperation = {
  method: 'alibaba.idle.recycle.inspection.report',
  responseRoot: 'alibaba_idle_recycle_inspection_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 鉴定报告 — calls TOP method `alibaba.idle.recycle.inspection.report`.
 *
 * 回收商鉴定报告
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleInspectionReport(
  client: TopClient,
  request: AlibabaIdleRecycleInspectionReportRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRecycleInspectionReportResponse> {
  return client.call<AlibabaIdleRecycleInspectionReportResponse>(
    {
      method: 'alibaba.idle.recycle.inspection.report',
      responseRoot: 'alibaba_idle_recycle_inspection_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/ascp/alibaba.ascp.industry.anomaly.recourse.status.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.anomaly.recourse.status.modify` (送货入户并安装投诉工单状态变更). */
export interface AlibabaAscpIndustryAnomalyRecourseStatusModifyRequest {
  /** 请求对象 */
  oms_complaint_workcard_status_modify_parameter: AlibabaAscpIndustryAnomalyRecourseStatusModifyOmsComplaintWorkCardStatusModifyParameterInput;
}

/** Response of `alibaba.ascp.industry.anomaly.recourse.status.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryAnomalyRecourseStatusModifyResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryAnomalyRecourseStatusModifyResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmsComplaintWorkCardStatusModifyParameter` of `alibaba.ascp.industry.anomaly.recourse.status.modify`. */
export interface AlibabaAscpIndustryAnomalyRecourseStatusModifyOmsComplaintWorkCardStatusModifyParameterInput {
  /** 投诉工单id */
  complaint_workcard_id: string;
  /** BFC履行单号 */
  wds_coordination_order_id?: string;
  /** 状态0 - 待收款 1 - 待补充举证 2 - 处理中 3 - 已完结 */
  status: Int64Input;
  /** 工单回复(处理中需要填写) * 完结内容(已完结需要填写) */
  remark: string;
  /** 商家id */
  seller_id: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.anomaly.recourse.status.modify`. */
export interface AlibabaAscpIndustryAnomalyRecourseStatusModifyResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 返回信息 */
  data?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  oms_complaint_workcard_status_modify_parameter: {
    complaint_workcard_id: 'String',
    wds_coordination_order_id: 'String',
    status: 'Number',
    remark: 'String',
    seller_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.anomaly.recourse.status.modify`: method, response root, request and response schemas. */
export const alibabaAscpIndustryAnomalyRecourseStatusModifyOperation = {
  method: 'alibaba.ascp.industry.anomaly.recourse.status.modify',
  responseRoot: 'alibaba_ascp_industry_anomaly_recourse_status_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 送货入户并安装投诉工单状态变更 — calls TOP method `alibaba.ascp.industry.anomaly.recourse.status.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryAnomalyRecourseStatusModify(
  client: TopClient,
  request: AlibabaAscpIndustryAnomalyRecourseStatusModifyRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryAnomalyRecourseStatusModifyResponse> {
  return client.call<AlibabaAscpIndustryAnomalyRecourseStatusModifyResponse>(
    {
      method: 'alibaba.ascp.industry.anomaly.recourse.status.modify',
      responseRoot: 'alibaba_ascp_industry_anomaly_recourse_status_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

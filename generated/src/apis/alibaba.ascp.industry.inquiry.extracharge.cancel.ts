// Generated from specs/ascp/alibaba.ascp.industry.inquiry.extracharge.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.inquiry.extracharge.cancel` (送货入户并安装服务商取消增加费用). */
export interface AlibabaAscpIndustryInquiryExtrachargeCancelRequest {
  /** 请求对象 */
  oms_cancel_extra_charge_parameter: AlibabaAscpIndustryInquiryExtrachargeCancelOmsCancelExtraChargeParameterInput;
}

/** Response of `alibaba.ascp.industry.inquiry.extracharge.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryInquiryExtrachargeCancelResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryInquiryExtrachargeCancelResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmsCancelExtraChargeParameter` of `alibaba.ascp.industry.inquiry.extracharge.cancel`. */
export interface AlibabaAscpIndustryInquiryExtrachargeCancelOmsCancelExtraChargeParameterInput {
  /** BFC单号 */
  wds_coordination_order_id: string;
  /** 增加费用服务调整单ID */
  extra_charge_service_order_id: string;
  /** 描述 */
  desc?: string;
  /** 扩展字段 */
  feature?: string;
  /** 商家id */
  seller_id: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.inquiry.extracharge.cancel`. */
export interface AlibabaAscpIndustryInquiryExtrachargeCancelResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  oms_cancel_extra_charge_parameter: {
    wds_coordination_order_id: 'String',
    extra_charge_service_order_id: 'String',
    desc: 'String',
    feature: 'String',
    seller_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.inquiry.extracharge.cancel`: method, response root, request and response schemas. */
export const alibabaAscpIndustryInquiryExtrachargeCancelOperation = {
  method: 'alibaba.ascp.industry.inquiry.extracharge.cancel',
  responseRoot: 'alibaba_ascp_industry_inquiry_extracharge_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 送货入户并安装服务商取消增加费用 — calls TOP method `alibaba.ascp.industry.inquiry.extracharge.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryInquiryExtrachargeCancel(
  client: TopClient,
  request: AlibabaAscpIndustryInquiryExtrachargeCancelRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryInquiryExtrachargeCancelResponse> {
  return client.call<AlibabaAscpIndustryInquiryExtrachargeCancelResponse>(
    {
      method: 'alibaba.ascp.industry.inquiry.extracharge.cancel',
      responseRoot: 'alibaba_ascp_industry_inquiry_extracharge_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

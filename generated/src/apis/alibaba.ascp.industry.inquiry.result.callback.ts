// Generated from specs/ascp/alibaba.ascp.industry.inquiry.result.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.inquiry.result.callback` (送货入户并安装服务商询价结果返回). */
export interface AlibabaAscpIndustryInquiryResultCallbackRequest {
  /** 询价结果 */
  inquiry_result: AlibabaAscpIndustryInquiryResultCallbackInquiryResultInput;
}

/** Response of `alibaba.ascp.industry.inquiry.result.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryInquiryResultCallbackResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryInquiryResultCallbackResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InquiryResult` of `alibaba.ascp.industry.inquiry.result.callback`. */
export interface AlibabaAscpIndustryInquiryResultCallbackInquiryResultInput {
  /** 询价结果明细 */
  worker_price_info: AlibabaAscpIndustryInquiryResultCallbackWorkerPriceInfoInput;
  /** BFC单号 */
  wds_coordination_order_id: string;
  /** 服务商id */
  tp_id: string;
  /** 商家id */
  seller_id: string;
}

/** `WorkerPriceInfo` of `alibaba.ascp.industry.inquiry.result.callback`. */
export interface AlibabaAscpIndustryInquiryResultCallbackWorkerPriceInfoInput {
  /** 师傅id */
  worker_id?: string;
  /** 师傅姓名 */
  worker_name?: string;
  /** 师傅电话 */
  worker_mobile?: string;
  /** 平台完工量 */
  completion_quantity?: Int64Input;
  /** 评分 */
  score?: string;
  /** 保价金额：单位：分 */
  price_amount: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.inquiry.result.callback`. */
export interface AlibabaAscpIndustryInquiryResultCallbackResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 返回结果 */
  data?: string;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  inquiry_result: {
    worker_price_info: {
      worker_id: 'String',
      worker_name: 'String',
      worker_mobile: 'String',
      completion_quantity: 'Number',
      score: 'String',
      price_amount: 'String',
    },
    wds_coordination_order_id: 'String',
    tp_id: 'String',
    seller_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'String',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.inquiry.result.callback`: method, response root, request and response schemas. */
export const alibabaAscpIndustryInquiryResultCallbackOperation = {
  method: 'alibaba.ascp.industry.inquiry.result.callback',
  responseRoot: 'alibaba_ascp_industry_inquiry_result_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 送货入户并安装服务商询价结果返回 — calls TOP method `alibaba.ascp.industry.inquiry.result.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryInquiryResultCallback(
  client: TopClient,
  request: AlibabaAscpIndustryInquiryResultCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryInquiryResultCallbackResponse> {
  return client.call<AlibabaAscpIndustryInquiryResultCallbackResponse>(
    {
      method: 'alibaba.ascp.industry.inquiry.result.callback',
      responseRoot: 'alibaba_ascp_industry_inquiry_result_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/ascp/alibaba.ascp.industry.worker.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.worker.modify` (送货入户并安装修改师傅信息). */
export interface AlibabaAscpIndustryWorkerModifyRequest {
  /** 请求对象 */
  oms_service_modify_worker_parameter: AlibabaAscpIndustryWorkerModifyOmsServiceModifyWorkerParameterInput;
}

/** Response of `alibaba.ascp.industry.worker.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryWorkerModifyResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryWorkerModifyResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmsServiceModifyWorkerParameter` of `alibaba.ascp.industry.worker.modify`. */
export interface AlibabaAscpIndustryWorkerModifyOmsServiceModifyWorkerParameterInput {
  /** 师傅id */
  worker_id: string;
  /** 师傅姓名 */
  worker_name: string;
  /** 师傅电话 */
  worker_mobile: string;
  /** BFC单号 */
  wds_coordination_order_id: string;
  /** 服务工单di */
  workcard_id?: string;
  /** 服务商id */
  tp_id: string;
  /** 商家id */
  seller_id: string;
  /** 完工数量 */
  completion_quantity?: Int64Input;
  /** 评分 */
  score?: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.worker.modify`. */
export interface AlibabaAscpIndustryWorkerModifyResultWrapper {
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
  oms_service_modify_worker_parameter: {
    worker_id: 'String',
    worker_name: 'String',
    worker_mobile: 'String',
    wds_coordination_order_id: 'String',
    workcard_id: 'String',
    tp_id: 'String',
    seller_id: 'String',
    completion_quantity: 'Number',
    score: 'String',
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

/** Static description of `alibaba.ascp.industry.worker.modify`: method, response root, request and response schemas. */
export const alibabaAscpIndustryWorkerModifyOperation = {
  method: 'alibaba.ascp.industry.worker.modify',
  responseRoot: 'alibaba_ascp_industry_worker_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 送货入户并安装修改师傅信息 — calls TOP method `alibaba.ascp.industry.worker.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryWorkerModify(
  client: TopClient,
  request: AlibabaAscpIndustryWorkerModifyRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryWorkerModifyResponse> {
  return client.call<AlibabaAscpIndustryWorkerModifyResponse>(
    {
      method: 'alibaba.ascp.industry.worker.modify',
      responseRoot: 'alibaba_ascp_industry_worker_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

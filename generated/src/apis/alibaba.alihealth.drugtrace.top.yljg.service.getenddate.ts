// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.service.getenddate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.service.getenddate` (获取服务截止日期). */
export interface AlibabaAlihealthDrugtraceTopYljgServiceGetenddateRequest {
  /** 调用接口的企业ID */
  ref_ent_id: string;
  /** 药 行业线：传 1 */
  business: Int64Input;
  /** 基础版：传 11 */
  service: Int64Input;
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.service.getenddate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgServiceGetenddateResponse {
  /** 接口返回 */
  result?: AlibabaAlihealthDrugtraceTopYljgServiceGetenddateResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.yljg.service.getenddate`. */
export interface AlibabaAlihealthDrugtraceTopYljgServiceGetenddateResultModel {
  /** true：接口调用成功 */
  success?: boolean;
  /** 服务截止时间 */
  end_date?: string;
  /** 接口调用失败具体信息 */
  msg_info?: string;
  /** 接口调用失败具体code */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  business: 'Number',
  service: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    end_date: 'String',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.service.getenddate`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgServiceGetenddateOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.service.getenddate',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_service_getenddate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取服务截止日期 — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.service.getenddate`.
 *
 * 获取企业服务截止时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopYljgServiceGetenddate(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgServiceGetenddateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgServiceGetenddateResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgServiceGetenddateResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.service.getenddate',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_service_getenddate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

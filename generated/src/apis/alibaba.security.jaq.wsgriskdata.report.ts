// Generated from specs/security/alibaba.security.jaq.wsgriskdata.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.wsgriskdata.report` (无线保镖SDK风控数据上报). */
export interface AlibabaSecurityJaqWsgriskdataReportRequest {
  /** wua串 */
  wua: string;
  /** mtopappkey是mtop的appkey */
  ext_param?: string;
}

/** Response of `alibaba.security.jaq.wsgriskdata.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqWsgriskdataReportResponse {
  /** 无线保镖sdk上报数据的返回结果 */
  jaq_wsg_risk_report_result?: AlibabaSecurityJaqWsgriskdataReportJaqWsgReportResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqWsgReportResult` of `alibaba.security.jaq.wsgriskdata.report`. */
export interface AlibabaSecurityJaqWsgriskdataReportJaqWsgReportResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误描述 */
  error_msg?: string;
  /** 安全验证前向化下发参数结构体 */
  jaq_dispatch_param?: AlibabaSecurityJaqWsgriskdataReportJaqDispatchParam;
  /** 生成的token */
  token?: string;
}

/** `JaqDispatchParam` of `alibaba.security.jaq.wsgriskdata.report`. */
export interface AlibabaSecurityJaqWsgriskdataReportJaqDispatchParam {
  /** 事件ID */
  event_id?: string;
  /** 协议版本号 */
  protocol_version?: string;
  /** 下发的软token密文 */
  rtken?: string;
  /** 下发的软token索引 */
  rtken_index?: string;
}

const REQUEST_SCHEMA = {
  wua: 'String',
  ext_param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  jaq_wsg_risk_report_result: {
    error_code: 'Number',
    error_msg: 'String',
    jaq_dispatch_param: {
      event_id: 'String',
      protocol_version: 'String',
      rtken: 'String',
      rtken_index: 'String',
    },
    token: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.wsgriskdata.report`: method, response root, request and response schemas. */
export const alibabaSecurityJaqWsgriskdataReportOperation = {
  method: 'alibaba.security.jaq.wsgriskdata.report',
  responseRoot: 'alibaba_security_jaq_wsgriskdata_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 无线保镖SDK风控数据上报 — calls TOP method `alibaba.security.jaq.wsgriskdata.report`.
 *
 * 无线保镖sdk根据用户的需要，上报数据到聚安全云端
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqWsgriskdataReport(
  client: TopClient,
  request: AlibabaSecurityJaqWsgriskdataReportRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqWsgriskdataReportResponse> {
  return client.call<AlibabaSecurityJaqWsgriskdataReportResponse>(
    {
      method: 'alibaba.security.jaq.wsgriskdata.report',
      responseRoot: 'alibaba_security_jaq_wsgriskdata_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

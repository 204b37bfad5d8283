// Generated from specs/jst/taobao.jst.sms.signname.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.signname.report` (服务商存量短信签名上传). */
export interface TaobaoJstSmsSignnameReportRequest {
  /** 上传签名入参 */
  sms_sign_name_request?: TaobaoJstSmsSignnameReportSmsSignNameRequestInput;
}

/** Response of `taobao.jst.sms.signname.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsSignnameReportResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: string;
  /** 结果 */
  module?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SmsSignNameRequest` of `taobao.jst.sms.signname.report`. */
export interface TaobaoJstSmsSignnameReportSmsSignNameRequestInput {
  /** 短信签名 */
  sign_name: string;
  /** 描述信息 */
  description?: string;
}

const REQUEST_SCHEMA = {
  sms_sign_name_request: {
    sign_name: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'String',
  module: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.signname.report`: method, response root, request and response schemas. */
export const taobaoJstSmsSignnameReportOperation = {
  method: 'taobao.jst.sms.signname.report',
  responseRoot: 'jst_sms_signname_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商存量短信签名上传 — calls TOP method `taobao.jst.sms.signname.report`.
 *
 * 用于上传目前已经在阿里通信申请到的且正在使用的签名数据，确保签名数据正确，否则会导致短信发送失败！！！
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsSignnameReport(
  client: TopClient,
  request: TaobaoJstSmsSignnameReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsSignnameReportResponse> {
  return client.call<TaobaoJstSmsSignnameReportResponse>(
    {
      method: 'taobao.jst.sms.signname.report',
      responseRoot: 'jst_sms_signname_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

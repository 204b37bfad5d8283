// Generated from specs/jst/taobao.jst.sms.template.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.template.report` (服务商存量短信模板上传). */
export interface TaobaoJstSmsTemplateReportRequest {
  /** 存量短信模板上报入参 */
  sms_template_request?: TaobaoJstSmsTemplateReportSmsTemplateRequestInput;
}

/** Response of `taobao.jst.sms.template.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsTemplateReportResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: string;
  /** 请求结果 */
  module?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SmsTemplateRequest` of `taobao.jst.sms.template.report`. */
export interface TaobaoJstSmsTemplateReportSmsTemplateRequestInput {
  /** 0--验证码 1--短信通知 2-- 推广短信 3--国际/港澳台消息 */
  template_type: string;
  /** 模板名称 */
  template_name: string;
  /** 模板内容 */
  template_content: string;
  /** 模板CODE */
  template_code: string;
  /** 描述信息 */
  desc?: string;
  /** 1-- 普通模板 2--数字短信模板 */
  template_class?: string;
}

const REQUEST_SCHEMA = {
  sms_template_request: {
    template_type: 'String',
    template_name: 'String',
    template_content: 'String',
    template_code: 'String',
    desc: 'String',
    template_class: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'String',
  module: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.template.report`: method, response root, request and response schemas. */
export const taobaoJstSmsTemplateReportOperation = {
  method: 'taobao.jst.sms.template.report',
  responseRoot: 'jst_sms_template_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商存量短信模板上传 — calls TOP method `taobao.jst.sms.template.report`.
 *
 * 用于上传目前已经在阿里通信申请到的且正在使用的模板信息，确保模板数据正确，否则会导致短信发送失败！！！
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsTemplateReport(
  client: TopClient,
  request: TaobaoJstSmsTemplateReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsTemplateReportResponse> {
  return client.call<TaobaoJstSmsTemplateReportResponse>(
    {
      method: 'taobao.jst.sms.template.report',
      responseRoot: 'jst_sms_template_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/jst/taobao.jst.sms.template.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.template.query` (淘宝短信模板查询). */
export interface TaobaoJstSmsTemplateQueryRequest {
  /** 查询短信模板的入参 */
  query_sms_template_request?: TaobaoJstSmsTemplateQueryTopQuerySmsTemplateRequestInput;
}

/** Response of `taobao.jst.sms.template.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsTemplateQueryResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: boolean;
  /** 返回结果 */
  module?: TaobaoJstSmsTemplateQueryAccessBaseDTO;
  /** 错误消息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopQuerySmsTemplateRequest` of `taobao.jst.sms.template.query`. */
export interface TaobaoJstSmsTemplateQueryTopQuerySmsTemplateRequestInput {
  /** 要查询的模板CODE */
  template_code: string;
}

/** `AccessBaseDTO` of `taobao.jst.sms.template.query`. */
export interface TaobaoJstSmsTemplateQueryAccessBaseDTO {
  /** 0--验证码 1--短信通知 2-- 推广短信 3--国际/港澳台消息 */
  template_type?: Int64;
  /** 0--待审核 1--通过 2--拒绝 */
  template_status?: Int64;
  /** 审核意见 */
  reason?: string;
  /** 模板名称 */
  template_name?: string;
  /** 模板内容 */
  template_content?: string;
  /** 模板CODE */
  template_code?: string;
  /** 创建时间 */
  create_date?: string;
}

const REQUEST_SCHEMA = {
  query_sms_template_request: {
    template_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  module: {
    template_type: 'Number',
    template_status: 'Number',
    reason: 'String',
    template_name: 'String',
    template_content: 'String',
    template_code: 'String',
    create_date: 'String',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.template.query`: method, response root, request and response schemas. */
export const taobaoJstSmsTemplateQueryOperation = {
  method: 'taobao.jst.sms.template.query',
  responseRoot: 'jst_sms_template_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信模板查询 — calls TOP method `taobao.jst.sms.template.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsTemplateQuery(
  client: TopClient,
  request: TaobaoJstSmsTemplateQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsTemplateQueryResponse> {
  return client.call<TaobaoJstSmsTemplateQueryResponse>(
    {
      method: 'taobao.jst.sms.template.query',
      responseRoot: 'jst_sms_template_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/jst/taobao.jst.sms.template.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.template.delete` (淘宝短信模板删除). */
export interface TaobaoJstSmsTemplateDeleteRequest {
  /** 删除模板的入参 */
  delete_sms_template_request?: TaobaoJstSmsTemplateDeleteTopDeleteSmsTemplateRequestInput;
}

/** Response of `taobao.jst.sms.template.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsTemplateDeleteResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: boolean;
  /** 删除成功 */
  module?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopDeleteSmsTemplateRequest` of `taobao.jst.sms.template.delete`. */
export interface TaobaoJstSmsTemplateDeleteTopDeleteSmsTemplateRequestInput {
  /** 待删除的模板code */
  template_code: string;
}

const REQUEST_SCHEMA = {
  delete_sms_template_request: {
    template_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  module: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.template.delete`: method, response root, request and response schemas. */
export const taobaoJstSmsTemplateDeleteOperation = {
  method: 'taobao.jst.sms.template.delete',
  responseRoot: 'jst_sms_template_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信模板删除 — calls TOP method `taobao.jst.sms.template.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsTemplateDelete(
  client: TopClient,
  request: TaobaoJstSmsTemplateDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsTemplateDeleteResponse> {
  return client.call<TaobaoJstSmsTemplateDeleteResponse>(
    {
      method: 'taobao.jst.sms.template.delete',
      responseRoot: 'jst_sms_template_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

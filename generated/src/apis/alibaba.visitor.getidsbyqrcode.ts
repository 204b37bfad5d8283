// Generated from specs/campus/alibaba.visitor.getidsbyqrcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.visitor.getidsbyqrcode` (根据访客二维码查访客行程id). */
export interface AlibabaVisitorGetidsbyqrcodeRequest {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
  /** 来访时间 */
  date: DateInput;
  /** 二维码字符串 */
  qr_code: string;
}

/** Response of `alibaba.visitor.getidsbyqrcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaVisitorGetidsbyqrcodeResponse {
  /** 出参 */
  result?: AlibabaVisitorGetidsbyqrcodePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.visitor.getidsbyqrcode`. */
export interface AlibabaVisitorGetidsbyqrcodePojoResult {
  /** 成功或失败 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 内容 */
  contents?: string[];
  /** 错误信息 */
  error_msg?: string;
  /** 错误级别 */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  company_id: 'Number',
  campus_id: 'Number',
  date: 'Date',
  qr_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: ['String'],
    error_msg: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.visitor.getidsbyqrcode`: method, response root, request and response schemas. */
export const alibabaVisitorGetidsbyqrcodeOperation = {
  method: 'alibaba.visitor.getidsbyqrcode',
  responseRoot: 'alibaba_visitor_getidsbyqrcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据访客二维码查访客行程id — calls TOP method `alibaba.visitor.getidsbyqrcode`.
 *
 * 根据支付宝阿里访客小程序的动态二维码查询来访行程id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaVisitorGetidsbyqrcode(
  client: TopClient,
  request: AlibabaVisitorGetidsbyqrcodeRequest,
  options?: CallOptions,
): Promise<AlibabaVisitorGetidsbyqrcodeResponse> {
  return client.call<AlibabaVisitorGetidsbyqrcodeResponse>(
    {
      method: 'alibaba.visitor.getidsbyqrcode',
      responseRoot: 'alibaba_visitor_getidsbyqrcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

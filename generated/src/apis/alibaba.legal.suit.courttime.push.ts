// Generated from specs/legalsuit/alibaba.legal.suit.courttime.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.courttime.push` (开庭时间推送（带附件）). */
export interface AlibabaLegalSuitCourttimePushRequest {
  /** 案件id */
  case_id?: Int64Input;
  /** 委托id */
  entrust_id?: Int64Input;
  /** 开庭时间 */
  court_time?: DateInput;
  /** 文件对象 */
  file_model?: AlibabaLegalSuitCourttimePushFileModelInput;
}

/** Response of `alibaba.legal.suit.courttime.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitCourttimePushResponse {
  /** 返回是否成功标志 */
  success_res?: boolean;
  /** 错误code */
  error_code_res?: string;
  /** 无返回值 */
  content?: string;
  /** 错误消息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FileModel` of `alibaba.legal.suit.courttime.push`. */
export interface AlibabaLegalSuitCourttimePushFileModelInput {
  /** 上传时间 */
  create_time?: DateInput;
  /** 文件名称 */
  name?: string;
  /** 文件id */
  key?: string;
}

const REQUEST_SCHEMA = {
  case_id: 'Number',
  entrust_id: 'Number',
  court_time: 'Date',
  file_model: {
    create_time: 'Date',
    name: 'String',
    key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'String',
  content: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.courttime.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitCourttimePushOperation = {
  method: 'alibaba.legal.suit.courttime.push',
  responseRoot: 'alibaba_legal_suit_courttime_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开庭时间推送（带附件） — calls TOP method `alibaba.legal.suit.courttime.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitCourttimePush(
  client: TopClient,
  request: AlibabaLegalSuitCourttimePushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitCourttimePushResponse> {
  return client.call<AlibabaLegalSuitCourttimePushResponse>(
    {
      method: 'alibaba.legal.suit.courttime.push',
      responseRoot: 'alibaba_legal_suit_courttime_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

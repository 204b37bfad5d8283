// Generated from specs/alihouse/alibaba.alihouse.newhome.adviser.message.notice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.adviser.message.notice` (催促小B发送短信). */
export interface AlibabaAlihouseNewhomeAdviserMessageNoticeRequest {
  /** 置业顾问/经纪人对象 */
  project_adviser_dto: AlibabaAlihouseNewhomeAdviserMessageNoticeProjectAdviserDTOInput;
}

/** Response of `alibaba.alihouse.newhome.adviser.message.notice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeAdviserMessageNoticeResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeAdviserMessageNoticeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectAdviserDTO` of `alibaba.alihouse.newhome.adviser.message.notice`. */
export interface AlibabaAlihouseNewhomeAdviserMessageNoticeProjectAdviserDTOInput {
  /** 外部经纪人ID */
  outer_consultant_id: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.adviser.message.notice`. */
export interface AlibabaAlihouseNewhomeAdviserMessageNoticeResult {
  /** 成功或失败 */
  data?: boolean;
  /** 请求是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  project_adviser_dto: {
    outer_consultant_id: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.adviser.message.notice`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeAdviserMessageNoticeOperation = {
  method: 'alibaba.alihouse.newhome.adviser.message.notice',
  responseRoot: 'alibaba_alihouse_newhome_adviser_message_notice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 催促小B发送短信 — calls TOP method `alibaba.alihouse.newhome.adviser.message.notice`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeAdviserMessageNotice(
  client: TopClient,
  request: AlibabaAlihouseNewhomeAdviserMessageNoticeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeAdviserMessageNoticeResponse> {
  return client.call<AlibabaAlihouseNewhomeAdviserMessageNoticeResponse>(
    {
      method: 'alibaba.alihouse.newhome.adviser.message.notice',
      responseRoot: 'alibaba_alihouse_newhome_adviser_message_notice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

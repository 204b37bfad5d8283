// Generated from specs/legalcase/alibaba.legal.case.common.notice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.common.notice` (消息通知). */
export interface AlibabaLegalCaseCommonNoticeRequest {
  /** 案件id */
  case_id: Int64Input;
  /** 委托id */
  entrust_id: Int64Input;
  /** adminicular_evidence（补充证据）risk_early_warning（风险预警） */
  type: string;
  /** 消息模型 */
  notice_model: AlibabaLegalCaseCommonNoticeNoticeModelInput;
}

/** Response of `alibaba.legal.case.common.notice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseCommonNoticeResponse {
  /** success */
  is_success?: boolean;
  /** error */
  errcode?: string;
  /** content */
  content?: string | Record<string, unknown>;
  /** msg */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NoticeModel` of `alibaba.legal.case.common.notice`. */
export interface AlibabaLegalCaseCommonNoticeNoticeModelInput {
  /** 创建人 */
  creator?: string;
  /** 附件 */
  attachment?: AlibabaLegalCaseCommonNoticeFileModelInput[];
  /** 消息唯一id */
  notice_id?: string;
  /** 内容 */
  content?: string;
}

/** `FileModel` of `alibaba.legal.case.common.notice`. */
export interface AlibabaLegalCaseCommonNoticeFileModelInput {
  /** name */
  name?: string;
  /** key */
  key?: string;
}

const REQUEST_SCHEMA = {
  case_id: 'Number',
  entrust_id: 'Number',
  type: 'String',
  notice_model: {
    creator: 'String',
    attachment: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    notice_id: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  errcode: 'String',
  content: 'Json',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.common.notice`: method, response root, request and response schemas. */
export const alibabaLegalCaseCommonNoticeOperation = {
  method: 'alibaba.legal.case.common.notice',
  responseRoot: 'alibaba_legal_case_common_notice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息通知 — calls TOP method `alibaba.legal.case.common.notice`.
 *
 * 同步通知给诉讼系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseCommonNotice(
  client: TopClient,
  request: AlibabaLegalCaseCommonNoticeRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseCommonNoticeResponse> {
  return client.call<AlibabaLegalCaseCommonNoticeResponse>(
    {
      method: 'alibaba.legal.case.common.notice',
      responseRoot: 'alibaba_legal_case_common_notice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

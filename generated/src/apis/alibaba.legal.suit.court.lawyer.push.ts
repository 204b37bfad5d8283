// Generated from specs/legalsuit/alibaba.legal.suit.court.lawyer.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.court.lawyer.push` (推荐律师接口). */
export interface AlibabaLegalSuitCourtLawyerPushRequest {
  /** 委托ID */
  entrust_id?: Int64Input;
  /** 案件ID */
  suit_id?: Int64Input;
  /** 推荐律师模型 */
  lawyers_model?: AlibabaLegalSuitCourtLawyerPushLawyersModelInput;
}

/** Response of `alibaba.legal.suit.court.lawyer.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitCourtLawyerPushResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalSuitCourtLawyerPushServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LawyersModel` of `alibaba.legal.suit.court.lawyer.push`. */
export interface AlibabaLegalSuitCourtLawyerPushLawyersModelInput {
  /** 律师列表 */
  lawyers?: AlibabaLegalSuitCourtLawyerPushLawyersInput[];
  /** 操作类型 */
  operation_type?: string;
}

/** `Lawyers` of `alibaba.legal.suit.court.lawyer.push`. */
export interface AlibabaLegalSuitCourtLawyerPushLawyersInput {
  /** 附件列表 */
  attachment_list?: AlibabaLegalSuitCourtLawyerPushAttachmentlistInput[];
  /** 附件数量 */
  attachment_count?: Int64Input;
  /** 律师策略 */
  response_strategy?: string;
  /** 律师费用 */
  charge_this_case?: string;
  /** 执业证编号 */
  professional_cert_num?: string;
  /** 供应商 */
  supplier_code?: string;
  /** 律所编号 */
  business_license_num?: string;
  /** 律师名称 */
  lawyer_name?: string;
  /** 律所名称 */
  lawyer_firm_name?: string;
  /** 律师ID */
  lawyer_id?: Int64Input;
}

/** `Attachmentlist` of `alibaba.legal.suit.court.lawyer.push`. */
export interface AlibabaLegalSuitCourtLawyerPushAttachmentlistInput {
  /** 名称 */
  name?: string;
  /** 文件key */
  key?: string;
}

/** `ServiceResult` of `alibaba.legal.suit.court.lawyer.push`. */
export interface AlibabaLegalSuitCourtLawyerPushServiceResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  entrust_id: 'Number',
  suit_id: 'Number',
  lawyers_model: {
    lawyers: [
      {
        attachment_list: [
          {
            name: 'String',
            key: 'String',
          },
        ],
        attachment_count: 'Number',
        response_strategy: 'String',
        charge_this_case: 'String',
        professional_cert_num: 'String',
        supplier_code: 'String',
        business_license_num: 'String',
        lawyer_name: 'String',
        lawyer_firm_name: 'String',
        lawyer_id: 'Number',
      },
    ],
    operation_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.court.lawyer.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitCourtLawyerPushOperation = {
  method: 'alibaba.legal.suit.court.lawyer.push',
  responseRoot: 'alibaba_legal_suit_court_lawyer_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推荐律师接口 — calls TOP method `alibaba.legal.suit.court.lawyer.push`.
 *
 * 为诉讼系统推荐律师
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitCourtLawyerPush(
  client: TopClient,
  request: AlibabaLegalSuitCourtLawyerPushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitCourtLawyerPushResponse> {
  return client.call<AlibabaLegalSuitCourtLawyerPushResponse>(
    {
      method: 'alibaba.legal.suit.court.lawyer.push',
      responseRoot: 'alibaba_legal_suit_court_lawyer_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

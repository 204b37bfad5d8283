// Generated from specs/security/alibaba.security.jaq.rp.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.query` (聚安全实人认证查询认证结果). */
export interface AlibabaSecurityJaqRpQueryRequest {
  /** token */
  verify_token: string;
}

/** Response of `alibaba.security.jaq.rp.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpQueryResponse {
  /** 返回结果信息 */
  data?: AlibabaSecurityJaqRpQueryRpAuditResultBo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpAuditResultBo` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditResultBo {
  /** 复核状态被置位 */
  review_status?: boolean;
  /** 如果 curGrade 和 requireGrade 相同则 gradeCertified 返回 true, 相反则返回false */
  grade_certified?: boolean;
  /** 要求的实人级别 */
  require_grade?: AlibabaSecurityJaqRpQueryRpGradeBo;
  /** 当前的实人级别 */
  cur_grade?: AlibabaSecurityJaqRpQueryRpGradeBo;
  /** 当前的biz */
  biz?: string;
  /** 当前的审核状态 */
  audit_status?: AlibabaSecurityJaqRpQueryRpAuditStatusBo;
  /** 结果信息 */
  rp_audit_details?: AlibabaSecurityJaqRpQueryRpAuditDetails;
  /** 复核类型 */
  review_type?: string;
}

/** `RpGradeBo` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpGradeBo {
  /** desc */
  desc?: string;
  /** 名称 */
  name?: string;
  /** level */
  level?: Int64;
}

/** `RpAuditStatusBo` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditStatusBo {
  /** 描述 */
  desc?: string;
  /** 名称 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditDetails` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditDetails {
  /** 预计审核结束时间 */
  audit_finish_time?: string | Record<string, unknown>;
  /** 材料审核结论 */
  material_details?: AlibabaSecurityJaqRpQueryRpAuditMaterialDetail[];
  /** 结果信息 */
  comparison_details?: AlibabaSecurityJaqRpQueryRpAuditComparisonDetail[];
  /** 复核截止时间 */
  review_deadline?: string | Record<string, unknown>;
}

/** `RpAuditMaterialDetail` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditMaterialDetail {
  /** 是否安全原因 */
  security?: boolean;
  /** 展示用的文案 */
  display?: string;
  /** 给用户的建议 */
  suggestion?: string;
  /** intercept */
  intercept?: boolean;
  /** 材料结论文本描述 */
  text?: string;
  /** 材料结论编码 */
  code?: string;
  /** 材料结论分类 */
  type?: string;
  /** 材料类别 */
  material_type?: string;
}

/** `RpAuditComparisonDetail` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditComparisonDetail {
  /** 实人认证审核类别 */
  result_type?: AlibabaSecurityJaqRpQueryRpAuditType;
  /** 实人认证审核结果 */
  value?: AlibabaSecurityJaqRpQueryRpAuditValue;
  /** 比对分值 */
  score?: string;
}

/** `RpAuditType` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditType {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditValue` of `alibaba.security.jaq.rp.query`. */
export interface AlibabaSecurityJaqRpQueryRpAuditValue {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    review_status: 'Boolean',
    grade_certified: 'Boolean',
    require_grade: {
      desc: 'String',
      name: 'String',
      level: 'Number',
    },
    cur_grade: {
      desc: 'String',
      name: 'String',
      level: 'Number',
    },
    biz: 'String',
    audit_status: {
      desc: 'String',
      name: 'String',
      code: 'Number',
    },
    rp_audit_details: {
      audit_finish_time: 'Json',
      material_details: [
        {
          security: 'Boolean',
          display: 'String',
          suggestion: 'String',
          intercept: 'Boolean',
          text: 'String',
          code: 'String',
          type: 'String',
          material_type: 'String',
        },
      ],
      comparison_details: [
        {
          result_type: {
            desc: 'String',
            name: 'String',
            code: 'Number',
          },
          value: {
            desc: 'String',
            name: 'String',
            code: 'Number',
          },
          score: 'String',
        },
      ],
      review_deadline: 'Json',
    },
    review_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.query`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpQueryOperation = {
  method: 'alibaba.security.jaq.rp.query',
  responseRoot: 'alibaba_security_jaq_rp_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证查询认证结果 — calls TOP method `alibaba.security.jaq.rp.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpQuery(
  client: TopClient,
  request: AlibabaSecurityJaqRpQueryRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpQueryResponse> {
  return client.call<AlibabaSecurityJaqRpQueryResponse>(
    {
      method: 'alibaba.security.jaq.rp.query',
      responseRoot: 'alibaba_security_jaq_rp_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

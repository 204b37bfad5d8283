// Generated from specs/security/alibaba.security.jaq.rp.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.status` (聚安全实人认证查询状态接口). */
export interface AlibabaSecurityJaqRpStatusRequest {
  /** 账号id */
  account_id?: string;
  /** 凭据id */
  ticket_id?: string;
  /** 客户端来源 */
  source: string;
  /** 业务来源 */
  biz: string;
}

/** Response of `alibaba.security.jaq.rp.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpStatusResponse {
  /** 状态信息 */
  data?: AlibabaSecurityJaqRpStatusRpStatusResultBo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpStatusResultBo` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpStatusResultBo {
  /** 对应的bizId */
  biz?: string;
  /** 如果 curGrade 和 requireGrade 相同则 gradeCertified 返回 true，相反则返回false */
  grade_certified?: boolean;
  /** 复核状态被置位 */
  review_status?: boolean;
  /** 实人等级 */
  cur_grade?: AlibabaSecurityJaqRpStatusRpGradeBo;
  /** 要求达到的实人等级 */
  require_grade?: AlibabaSecurityJaqRpStatusRpGradeBo;
  /** 审核详细信息 */
  rp_audit_details?: AlibabaSecurityJaqRpStatusRpAuditDetailsBos;
  /** 审核状态信息 */
  rp_audit_status?: AlibabaSecurityJaqRpStatusRpAuditStatusBo;
  /** 复核类型 */
  review_type?: string;
}

/** `RpGradeBo` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpGradeBo {
  /** level */
  level?: Int64;
  /** 名称 */
  name?: string;
  /** 描述 */
  desc?: string;
}

/** `RpAuditDetailsBos` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditDetailsBos {
  /** 预计审核结束时间 */
  audit_finish_time?: string;
  /** 复核截止时间 */
  review_deadline?: string;
  /** 比对审核结论 */
  comparison_details?: AlibabaSecurityJaqRpStatusRpAuditComparisonDetailBos[];
  /** 材料审核结论 */
  material_details?: AlibabaSecurityJaqRpStatusRpAuditMaterialDetailBos[];
}

/** `RpAuditComparisonDetailBos` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditComparisonDetailBos {
  /** 比对分值 */
  score?: string;
  /** 比对结论 */
  value?: AlibabaSecurityJaqRpStatusRpAuditValueBo;
  /** 比对项 */
  result_type?: AlibabaSecurityJaqRpStatusRpAuditTypeBo;
}

/** `RpAuditValueBo` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditValueBo {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditTypeBo` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditTypeBo {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditMaterialDetailBos` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditMaterialDetailBos {
  /** 给用户的建议 */
  suggestion?: string;
  /** 外化给用户的文案 */
  display?: string;
  /** 是否安全问题 */
  security?: boolean;
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

/** `RpAuditStatusBo` of `alibaba.security.jaq.rp.status`. */
export interface AlibabaSecurityJaqRpStatusRpAuditStatusBo {
  /** 描述 */
  desc?: string;
  /** 名称 */
  name?: string;
  /** code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  account_id: 'String',
  ticket_id: 'String',
  source: 'String',
  biz: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    biz: 'String',
    grade_certified: 'Boolean',
    review_status: 'Boolean',
    cur_grade: {
      level: 'Number',
      name: 'String',
      desc: 'String',
    },
    require_grade: {
      level: 'Number',
      name: 'String',
      desc: 'String',
    },
    rp_audit_details: {
      audit_finish_time: 'Date',
      review_deadline: 'Date',
      comparison_details: [
        {
          score: 'String',
          value: {
            desc: 'String',
            name: 'String',
            code: 'Number',
          },
          result_type: {
            desc: 'String',
            name: 'String',
            code: 'Number',
          },
        },
      ],
      material_details: [
        {
          suggestion: 'String',
          display: 'String',
          security: 'Boolean',
          intercept: 'Boolean',
          text: 'String',
          code: 'String',
          type: 'String',
          material_type: 'String',
        },
      ],
    },
    rp_audit_status: {
      desc: 'String',
      name: 'String',
      code: 'Number',
    },
    review_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.status`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpStatusOperation = {
  method: 'alibaba.security.jaq.rp.status',
  responseRoot: 'alibaba_security_jaq_rp_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证查询状态接口 — calls TOP method `alibaba.security.jaq.rp.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpStatus(
  client: TopClient,
  request: AlibabaSecurityJaqRpStatusRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpStatusResponse> {
  return client.call<AlibabaSecurityJaqRpStatusResponse>(
    {
      method: 'alibaba.security.jaq.rp.status',
      responseRoot: 'alibaba_security_jaq_rp_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

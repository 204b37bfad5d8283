// Generated from specs/security/alibaba.security.jaq.rp.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.submit` (聚安全实人认证提交认证接口). */
export interface AlibabaSecurityJaqRpSubmitRequest {
  /** 认证token */
  verify_token: string;
}

/** Response of `alibaba.security.jaq.rp.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpSubmitResponse {
  /** 结果信息 */
  data?: AlibabaSecurityJaqRpSubmitRpSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpSubmitResult` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpSubmitResult {
  /** 步骤 */
  steps?: AlibabaSecurityJaqRpSubmitRpStepItem[];
  /** 结果 */
  rp_audit_result?: AlibabaSecurityJaqRpSubmitRpAuditResult;
}

/** `RpStepItem` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpStepItem {
  /** 辅助信息 */
  json_assist?: string;
  /** 属性 */
  properties?: AlibabaSecurityJaqRpSubmitRpStepProperty[];
  /** 类型 */
  step_type?: AlibabaSecurityJaqRpSubmitRpStepType;
}

/** `RpStepProperty` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpStepProperty {
  /** 是否可选 */
  is_optional?: boolean;
  /** 属性 */
  property?: AlibabaSecurityJaqRpSubmitRpProperty;
}

/** `RpProperty` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpProperty {
  /** 名字 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpStepType` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpStepType {
  /** 描述 */
  desc?: string;
  /** 步骤名字 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditResult` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditResult {
  /** 是否需要复核 */
  review_status?: boolean;
  /** 是否满足 */
  grade_certified?: boolean;
  /** 需要的等级 */
  require_grade?: AlibabaSecurityJaqRpSubmitRpGrade;
  /** 当前的级别 */
  cur_grade?: AlibabaSecurityJaqRpSubmitRpGrade;
  /** 业务 */
  biz?: string;
  /** 审核比对信息 */
  results?: AlibabaSecurityJaqRpSubmitRpAuditComparisonDetailBo[];
  /** 认证审核状态 */
  audit_status?: AlibabaSecurityJaqRpSubmitRpAuditStatus;
  /** reviewType */
  review_type?: string;
  /** 实人认证结果输出列表 */
  rp_audit_details?: AlibabaSecurityJaqRpSubmitRpAuditDetails;
}

/** `RpGrade` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpGrade {
  /** 描述 */
  desc?: string;
  /** 名字 */
  name?: string;
  /** 等级 */
  level?: Int64;
}

/** `RpAuditComparisonDetailBo` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditComparisonDetailBo {
  /** 分数 */
  score?: string;
  /** 对比结果 */
  value?: AlibabaSecurityJaqRpSubmitRpAuditValueBo;
  /** 类型 */
  result_type?: AlibabaSecurityJaqRpSubmitRpAuditTypeBo;
}

/** `RpAuditValueBo` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditValueBo {
  /** 描述 */
  desc?: string;
  /** 名字 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditTypeBo` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditTypeBo {
  /** 描述 */
  desc?: string;
  /** 名字 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditStatus` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditStatus {
  /** 描述 */
  desc?: string;
  /** 名字 */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditDetails` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditDetails {
  /** 复核截止时间 */
  review_deadline?: string;
  /** 材料审核结论 */
  material_details?: AlibabaSecurityJaqRpSubmitRpAuditMaterialDetail[];
  /** 审核比对信息 */
  comparison_details?: AlibabaSecurityJaqRpSubmitRpAuditComparisonDetail[];
  /** 预计审核结束时间 */
  audit_finish_time?: string;
}

/** `RpAuditMaterialDetail` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditMaterialDetail {
  /** 材料类别 */
  material_type?: string;
  /** 材料结论分类 */
  type?: string;
  /** 材料结论编码 */
  code?: Int64;
  /** intercept */
  intercept?: boolean;
  /** 材料结论文本描述 */
  text?: string;
  /** 给用户的建议 */
  suggestion?: string;
  /** 是否安全原因 */
  security?: boolean;
  /** 外化给用户的文案 */
  display?: string;
}

/** `RpAuditComparisonDetail` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditComparisonDetail {
  /** 比对项 */
  result_type?: AlibabaSecurityJaqRpSubmitRpAuditType;
  /** 比对结论 */
  value?: AlibabaSecurityJaqRpSubmitRpAuditValue;
  /** 比对分值 */
  score?: string;
}

/** `RpAuditType` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditType {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpAuditValue` of `alibaba.security.jaq.rp.submit`. */
export interface AlibabaSecurityJaqRpSubmitRpAuditValue {
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
    steps: [
      {
        json_assist: 'String',
        properties: [
          {
            is_optional: 'Boolean',
            property: {
              name: 'String',
              code: 'Number',
            },
          },
        ],
        step_type: {
          desc: 'String',
          name: 'String',
          code: 'Number',
        },
      },
    ],
    rp_audit_result: {
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
      results: [
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
      audit_status: {
        desc: 'String',
        name: 'String',
        code: 'Number',
      },
      review_type: 'String',
      rp_audit_details: {
        review_deadline: 'Date',
        material_details: [
          {
            material_type: 'String',
            type: 'String',
            code: 'Number',
            intercept: 'Boolean',
            text: 'String',
            suggestion: 'String',
            security: 'Boolean',
            display: 'String',
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
        audit_finish_time: 'Date',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.submit`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpSubmitOperation = {
  method: 'alibaba.security.jaq.rp.submit',
  responseRoot: 'alibaba_security_jaq_rp_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证提交认证接口 — calls TOP method `alibaba.security.jaq.rp.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpSubmit(
  client: TopClient,
  request: AlibabaSecurityJaqRpSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpSubmitResponse> {
  return client.call<AlibabaSecurityJaqRpSubmitResponse>(
    {
      method: 'alibaba.security.jaq.rp.submit',
      responseRoot: 'alibaba_security_jaq_rp_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

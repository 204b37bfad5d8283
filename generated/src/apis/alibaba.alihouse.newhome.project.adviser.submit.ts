// Generated from specs/alihouse/alibaba.alihouse.newhome.project.adviser.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.adviser.submit` (提交楼盘顾问). */
export interface AlibabaAlihouseNewhomeProjectAdviserSubmitRequest {
  /**
   * 顾问列表
   *
   * Max list size: 999
   */
  advisers?: AlibabaAlihouseNewhomeProjectAdviserSubmitProjectAdviserDtoInput[];
}

/** Response of `alibaba.alihouse.newhome.project.adviser.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectAdviserSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectAdviserSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectAdviserDto` of `alibaba.alihouse.newhome.project.adviser.submit`. */
export interface AlibabaAlihouseNewhomeProjectAdviserSubmitProjectAdviserDtoInput {
  /** 排序 */
  sort?: Int64Input;
  /** 公司ID */
  outer_company_id?: string;
  /** 门店ID */
  outer_shop_id?: string;
  /** 门店名称 */
  shop_name?: string;
  /** 公司简称 */
  company_short_name?: string;
  /** 中文标签 */
  tags?: string[];
  /** 工作年限 */
  work_year?: Int64Input;
  /** 公司名称 */
  company?: string;
  /** 状态：0无效，1有效 */
  status?: Int64Input;
  /** 默认0，1内场顾问，2外场分销 */
  role?: Int64Input;
  /** 400分机号/虚拟号 */
  sub_phone?: string;
  /** 主机号 */
  main_phone?: string;
  /** 头像图片 */
  head_url?: string;
  /** 姓名 */
  adviser_user_name?: string;
  /** 手机号 */
  mobile_phone?: string;
  /** 类型 1-置业顾问 2-小区专家 3-经纪人 */
  type?: Int64Input;
  /** 顾问id */
  outer_consultant_id?: string;
  /** 外部楼盘ID */
  outer_id?: string;
  /** 接待模式，2 - 接待模式2.0，3 - 接待模式3.0 */
  receive_model?: Int64Input;
  /** 审批状态 */
  audit_status?: Int64Input;
  /** 是否可接待客户，1 - 是，0 - 否，接待模式3.0时，此字段必填。 */
  is_receive_customer?: Int64Input;
  /** 审核通过或驳回原因 */
  audit_reason?: string;
  /** 0-非测试 1-测试 */
  is_test?: Int64Input;
  /** 请求时间戳，精确到毫秒 */
  version?: Int64Input;
  /** 金牌顾问编辑的审核状态 */
  edit_audit_status?: Int64Input;
  /** 区域接待状态0-不可接待 1-可接待 */
  region_receptive_status?: Int64Input;
  /** 1-区域认证小B */
  certification_services?: string[];
}

/** `Result` of `alibaba.alihouse.newhome.project.adviser.submit`. */
export interface AlibabaAlihouseNewhomeProjectAdviserSubmitResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 操作结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  advisers: [
    {
      sort: 'Number',
      outer_company_id: 'String',
      outer_shop_id: 'String',
      shop_name: 'String',
      company_short_name: 'String',
      tags: ['String'],
      work_year: 'Number',
      company: 'String',
      status: 'Number',
      role: 'Number',
      sub_phone: 'String',
      main_phone: 'String',
      head_url: 'String',
      adviser_user_name: 'String',
      mobile_phone: 'String',
      type: 'Number',
      outer_consultant_id: 'String',
      outer_id: 'String',
      receive_model: 'Number',
      audit_status: 'Number',
      is_receive_customer: 'Number',
      audit_reason: 'String',
      is_test: 'Number',
      version: 'Number',
      edit_audit_status: 'Number',
      region_receptive_status: 'Number',
      certification_services: ['String'],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.adviser.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectAdviserSubmitOperation = {
  method: 'alibaba.alihouse.newhome.project.adviser.submit',
  responseRoot: 'alibaba_alihouse_newhome_project_adviser_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交楼盘顾问 — calls TOP method `alibaba.alihouse.newhome.project.adviser.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectAdviserSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectAdviserSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectAdviserSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectAdviserSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.adviser.submit',
      responseRoot: 'alibaba_alihouse_newhome_project_adviser_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

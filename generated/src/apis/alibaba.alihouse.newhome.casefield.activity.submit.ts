// Generated from specs/alihouse/alibaba.alihouse.newhome.casefield.activity.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.casefield.activity.submit` (案场活动维护). */
export interface AlibabaAlihouseNewhomeCasefieldActivitySubmitRequest {
  /** 请求对象 */
  case_field_activity_dto: AlibabaAlihouseNewhomeCasefieldActivitySubmitCaseFieldActivityDTOInput;
}

/** Response of `alibaba.alihouse.newhome.casefield.activity.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeCasefieldActivitySubmitResponse {
  /** 返回对象 */
  result?: AlibabaAlihouseNewhomeCasefieldActivitySubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CaseFieldActivityDTO` of `alibaba.alihouse.newhome.casefield.activity.submit`. */
export interface AlibabaAlihouseNewhomeCasefieldActivitySubmitCaseFieldActivityDTOInput {
  /** 外部活动ID */
  outer_activity_id: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动副标题 */
  activity_sub_name?: string;
  /** 活动描述 */
  activity_remark: string;
  /** 活动规则 */
  activity_rule?: string;
  /** 活动展示开始时间 */
  activity_begin_time: DateInput;
  /** 活动展示结束时间 */
  activity_end_time: DateInput;
  /** 报名开始时间 */
  sign_up_begin_time: DateInput;
  /** 报名结束时间 */
  sign_up_end_time: DateInput;
  /** 活动举办开始时间 */
  hold_begin_time?: DateInput;
  /** 活动举办结束时间 */
  hold_end_time?: DateInput;
  /** 头图 */
  banner_urls: string;
  /** 内容图 */
  content_urls: string;
  /** 活动是否上架 */
  is_online: Int64Input;
  /** 是否在官盘透出活动 */
  is_official_show: Int64Input;
  /** 是否签署免责声明 */
  is_sign_disclaimer: Int64Input;
  /** 联系人 */
  contactor: string;
  /** 联系人电话 */
  contactor_phone: string;
  /** 联系人邮箱 */
  contactor_email: string;
}

/** `Result` of `alibaba.alihouse.newhome.casefield.activity.submit`. */
export interface AlibabaAlihouseNewhomeCasefieldActivitySubmitResult {
  /** 返回对象 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 信息 */
  message?: string;
  /** 返回码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  case_field_activity_dto: {
    outer_activity_id: 'String',
    activity_name: 'String',
    activity_sub_name: 'String',
    activity_remark: 'String',
    activity_rule: 'String',
    activity_begin_time: 'Date',
    activity_end_time: 'Date',
    sign_up_begin_time: 'Date',
    sign_up_end_time: 'Date',
    hold_begin_time: 'Date',
    hold_end_time: 'Date',
    banner_urls: 'String',
    content_urls: 'String',
    is_online: 'Number',
    is_official_show: 'Number',
    is_sign_disclaimer: 'Number',
    contactor: 'String',
    contactor_phone: 'String',
    contactor_email: 'String',
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

/** Static description of `alibaba.alihouse.newhome.casefield.activity.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeCasefieldActivitySubmitOperation = {
  method: 'alibaba.alihouse.newhome.casefield.activity.submit',
  responseRoot: 'alibaba_alihouse_newhome_casefield_activity_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 案场活动维护 — calls TOP method `alibaba.alihouse.newhome.casefield.activity.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeCasefieldActivitySubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeCasefieldActivitySubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeCasefieldActivitySubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeCasefieldActivitySubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.casefield.activity.submit',
      responseRoot: 'alibaba_alihouse_newhome_casefield_activity_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

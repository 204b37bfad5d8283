// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.query.getentinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo` (通过企业名得到唯一标识ref_ent_id及企业ent_id). */
export interface AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoRequest {
  /** 公司名称(全称) */
  ent_name: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoPUserEntInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `PUserEntInfoDto` of `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo`. */
export interface AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoPUserEntInfoDto {
  /** 企业唯一标识【ref_ent_id】 */
  ref_ent_id?: string;
  /** 企业ID【ent_id】 */
  ent_id?: string;
  /** 入网标识【0非入网;1开头代表入网企业;200代表入驻马上放心的企业】 */
  network_type?: string;
}

const REQUEST_SCHEMA = {
  ent_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      ref_ent_id: 'String',
      ent_id: 'String',
      network_type: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgQueryGetentinfoOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.query.getentinfo',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_getentinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过企业名得到唯一标识ref_ent_id及企业ent_id — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.query.getentinfo`.
 *
 * 根据企业名称查询ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopYljgQueryGetentinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgQueryGetentinfoResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.query.getentinfo',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_query_getentinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

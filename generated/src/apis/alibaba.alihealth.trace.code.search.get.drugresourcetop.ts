// Generated from specs/drugtrace/alibaba.alihealth.trace.code.search.get.drugresourcetop.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.trace.code.search.get.drugresourcetop` (根据码获取码信息). */
export interface AlibabaAlihealthTraceCodeSearchGetDrugresourcetopRequest {
  /** 追溯码 */
  code: string;
  /** 校验值 */
  token: string;
  /** 查询app名称 */
  query_app_name?: string;
  /** 客户端ip */
  client_id?: string;
  /** 用户id */
  tb_user_id?: Int64Input;
  /** 设备号 */
  device_utdid?: string;
}

/** Response of `alibaba.alihealth.trace.code.search.get.drugresourcetop`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTraceCodeSearchGetDrugresourcetopResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthTraceCodeSearchGetDrugresourcetopTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.trace.code.search.get.drugresourcetop`. */
export interface AlibabaAlihealthTraceCodeSearchGetDrugresourcetopTopResultModel {
  /** 最外层对象 */
  model?: AlibabaAlihealthTraceCodeSearchGetDrugresourcetopDrugInfoDto;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
}

/** `DrugInfoDto` of `alibaba.alihealth.trace.code.search.get.drugresourcetop`. */
export interface AlibabaAlihealthTraceCodeSearchGetDrugresourcetopDrugInfoDto {
  /** 是否销售 */
  is_sale?: string;
  /** 销售时间 */
  sale_time?: string;
  /** 药品名称 */
  drug_name?: string;
  /** 生产企业名称 */
  ent_name?: string;
  /** 有效期至 */
  expiry_date?: string;
  /** 第一次查询时间 */
  first_query?: string;
  /** 生产日期 */
  production_date?: string;
  /** 销售企业 */
  sale_ent?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 追溯码状态 */
  code_status?: string;
  /** 码查询次数 */
  query_count?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  token: 'String',
  query_app_name: 'String',
  client_id: 'String',
  tb_user_id: 'Number',
  device_utdid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      is_sale: 'String',
      sale_time: 'String',
      drug_name: 'String',
      ent_name: 'String',
      expiry_date: 'String',
      first_query: 'String',
      production_date: 'String',
      sale_ent: 'String',
      pkg_spec: 'String',
      code_status: 'String',
      query_count: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.trace.code.search.get.drugresourcetop`: method, response root, request and response schemas. */
export const alibabaAlihealthTraceCodeSearchGetDrugresourcetopOperation = {
  method: 'alibaba.alihealth.trace.code.search.get.drugresourcetop',
  responseRoot: 'alibaba_alihealth_trace_code_search_get_drugresourcetop_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码获取码信息 — calls TOP method `alibaba.alihealth.trace.code.search.get.drugresourcetop`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTraceCodeSearchGetDrugresourcetop(
  client: TopClient,
  request: AlibabaAlihealthTraceCodeSearchGetDrugresourcetopRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTraceCodeSearchGetDrugresourcetopResponse> {
  return client.call<AlibabaAlihealthTraceCodeSearchGetDrugresourcetopResponse>(
    {
      method: 'alibaba.alihealth.trace.code.search.get.drugresourcetop',
      responseRoot: 'alibaba_alihealth_trace_code_search_get_drugresourcetop_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.getentinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.getentinfo` (根据企业名称查询企业唯一标识【ref_ent_id】和企业ID【ent_id】). */
export interface AlibabaAlihealthDrugKytGetentinfoRequest {
  /** 企业名称 */
  ent_name: string;
}

/** Response of `alibaba.alihealth.drug.kyt.getentinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytGetentinfoResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytGetentinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.getentinfo`. */
export interface AlibabaAlihealthDrugKytGetentinfoResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytGetentinfoPUserEntInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `PUserEntInfoDto` of `alibaba.alihealth.drug.kyt.getentinfo`. */
export interface AlibabaAlihealthDrugKytGetentinfoPUserEntInfoDto {
  /** 企业唯一标识【ref_ent_id】（单据上传时的货主企业ref_user_id就是填这个字段） */
  ref_ent_id?: string;
  /** 企业ID【ent_id】（单据上传时的收发货企业id就是填这个字段） */
  ent_id?: string;
  /** 入网标识【0非入网;1开头代表入网企业;200代表入驻码上放心的企业】 */
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

/** Static description of `alibaba.alihealth.drug.kyt.getentinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytGetentinfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.getentinfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_getentinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据企业名称查询企业唯一标识【ref_ent_id】和企业ID【ent_id】 — calls TOP method `alibaba.alihealth.drug.kyt.getentinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytGetentinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytGetentinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytGetentinfoResponse> {
  return client.call<AlibabaAlihealthDrugKytGetentinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.getentinfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_getentinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

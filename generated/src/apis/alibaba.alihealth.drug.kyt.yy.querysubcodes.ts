// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.yy.querysubcodes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.yy.querysubcodes` (查询一个码的所有子码). */
export interface AlibabaAlihealthDrugKytYyQuerysubcodesRequest {
  /** 接口调用企业的唯一标识（接口调用者） */
  ref_ent_id: string;
  /**
   * 码
   *
   * Max list size: 50
   */
  codes?: string[];
}

/** Response of `alibaba.alihealth.drug.kyt.yy.querysubcodes`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytYyQuerysubcodesResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytYyQuerysubcodesResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.yy.querysubcodes`. */
export interface AlibabaAlihealthDrugKytYyQuerysubcodesResultModel {
  /** model */
  model_list?: AlibabaAlihealthDrugKytYyQuerysubcodesCodeRelationDto[];
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  response_success?: boolean;
}

/** `CodeRelationDto` of `alibaba.alihealth.drug.kyt.yy.querysubcodes`. */
export interface AlibabaAlihealthDrugKytYyQuerysubcodesCodeRelationDto {
  /** 码关联关系 */
  code_relation_list?: AlibabaAlihealthDrugKytYyQuerysubcodesCodeInfo[];
  /** errorCodeContent */
  error_code_content?: string;
}

/** `CodeInfo` of `alibaba.alihealth.drug.kyt.yy.querysubcodes`. */
export interface AlibabaAlihealthDrugKytYyQuerysubcodesCodeInfo {
  /** 码状态 */
  status?: string;
  /** 追溯码 */
  code?: string;
  /** 码等级 */
  code_level?: string;
  /** 父码 */
  parent_code?: string;
  /** 码包装等级 */
  code_pack_level?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: [
      {
        code_relation_list: [
          {
            status: 'String',
            code: 'String',
            code_level: 'String',
            parent_code: 'String',
            code_pack_level: 'String',
          },
        ],
        error_code_content: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.yy.querysubcodes`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytYyQuerysubcodesOperation = {
  method: 'alibaba.alihealth.drug.kyt.yy.querysubcodes',
  responseRoot: 'alibaba_alihealth_drug_kyt_yy_querysubcodes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询一个码的所有子码 — calls TOP method `alibaba.alihealth.drug.kyt.yy.querysubcodes`.
 *
 * 单码的了码查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytYyQuerysubcodes(
  client: TopClient,
  request: AlibabaAlihealthDrugKytYyQuerysubcodesRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytYyQuerysubcodesResponse> {
  return client.call<AlibabaAlihealthDrugKytYyQuerysubcodesResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.yy.querysubcodes',
      responseRoot: 'alibaba_alihealth_drug_kyt_yy_querysubcodes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

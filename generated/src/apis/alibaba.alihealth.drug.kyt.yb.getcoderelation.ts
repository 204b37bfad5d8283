// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.yb.getcoderelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.yb.getcoderelation` (医保-查询码的所有子码). */
export interface AlibabaAlihealthDrugKytYbGetcoderelationRequest {
  /** 社保局(所属地市名称) */
  bureau_name: string;
  /** 请求终端名称 */
  terminal_name: string;
  /** 终端类型：1005100-零售，1005200-医疗 */
  terminal_type: string;
  /** 调用方式：formal-正式、test-测试 */
  invocation: string;
  /** 追溯码 */
  code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.yb.getcoderelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytYbGetcoderelationResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytYbGetcoderelationResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.yb.getcoderelation`. */
export interface AlibabaAlihealthDrugKytYbGetcoderelationResult {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model_list?: AlibabaAlihealthDrugKytYbGetcoderelationModel;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.drug.kyt.yb.getcoderelation`. */
export interface AlibabaAlihealthDrugKytYbGetcoderelationModel {
  /** 码关联关系DTO */
  code_relation_dto_list?: AlibabaAlihealthDrugKytYbGetcoderelationCodeRelationDTO[];
  /** 包装比例 */
  pkg_ratio?: string;
}

/** `CodeRelationDTO` of `alibaba.alihealth.drug.kyt.yb.getcoderelation`. */
export interface AlibabaAlihealthDrugKytYbGetcoderelationCodeRelationDTO {
  /** 追溯码；查询的码 */
  code?: string;
  /** 父码 */
  parent_code?: string;
  /** 码级别 */
  code_level?: string;
  /** 包装级别 */
  code_pack_level?: string;
  /** 装箱数量;小盒码，返回1；中包码，返回实际小盒数量；大箱码，返回实际小盒数量 */
  box_amount?: Int64;
  /** 大箱或中包状态；若扫描的是小盒码，直接返回正常； 0-正常；1-拼箱；2-零箱；3-即拼箱又零箱 */
  box_status?: Int64;
  /** 码状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  bureau_name: 'String',
  terminal_name: 'String',
  terminal_type: 'String',
  invocation: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model_list: {
      code_relation_dto_list: [
        {
          code: 'String',
          parent_code: 'String',
          code_level: 'String',
          code_pack_level: 'String',
          box_amount: 'Number',
          box_status: 'Number',
          status: 'String',
        },
      ],
      pkg_ratio: 'String',
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.yb.getcoderelation`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytYbGetcoderelationOperation = {
  method: 'alibaba.alihealth.drug.kyt.yb.getcoderelation',
  responseRoot: 'alibaba_alihealth_drug_kyt_yb_getcoderelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 医保-查询码的所有子码 — calls TOP method `alibaba.alihealth.drug.kyt.yb.getcoderelation`.
 *
 * 应用于药店或医院入库环节，通过扫码获取下级码进行入库；
 * 通过码查询所有子码以及包装比例
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytYbGetcoderelation(
  client: TopClient,
  request: AlibabaAlihealthDrugKytYbGetcoderelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytYbGetcoderelationResponse> {
  return client.call<AlibabaAlihealthDrugKytYbGetcoderelationResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.yb.getcoderelation',
      responseRoot: 'alibaba_alihealth_drug_kyt_yb_getcoderelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

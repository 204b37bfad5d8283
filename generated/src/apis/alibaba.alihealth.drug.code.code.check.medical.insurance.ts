// Generated from specs/drugtrace/alibaba.alihealth.drug.code.code.check.medical.insurance.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.code.check.medical.insurance` (码核查状态同步-医保). */
export interface AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceRequest {
  /** 平台返回的终端id */
  terminal_ent_id: string;
  /** 行政区域 */
  bureau_name?: string;
  /** 终端id */
  terminal_id: string;
  /** 终端类型（1005100-零售药店；1005200-医疗机构） */
  terminal_type: string;
  /** 核销类型(1012100：核销；1012900：退库) */
  c_type: string;
  /**
   * 码列表
   *
   * Max list size: 20
   */
  codes: string[];
}

/** Response of `alibaba.alihealth.drug.code.code.check.medical.insurance`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.code.check.medical.insurance`. */
export interface AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceResultModel {
  /** 成功失败结果 */
  model?: boolean;
  /** 成功失败编码 */
  msg_code?: string;
  /** 成功失败描述 */
  msg_info?: string;
  /** 成功失败标记 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  terminal_ent_id: 'String',
  bureau_name: 'String',
  terminal_id: 'String',
  terminal_type: 'String',
  c_type: 'String',
  codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.code.check.medical.insurance`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeCodeCheckMedicalInsuranceOperation = {
  method: 'alibaba.alihealth.drug.code.code.check.medical.insurance',
  responseRoot: 'alibaba_alihealth_drug_code_code_check_medical_insurance_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码核查状态同步-医保 — calls TOP method `alibaba.alihealth.drug.code.code.check.medical.insurance`.
 *
 * 服务描述
 * 核查平台在进行医保单据鉴证核查时，会记录单据中所有提交的追溯码信息；单据中的
 * 追溯码包含所有正常和异常的数据；
 * 此接口，针对正式鉴核的单据中提交的有效的、正常状态的追溯码，提供可由核查平台
 * 发起，按单据鉴核时间顺序组织，向码上放心平台同步每笔单据核销的码状态信息；
 * 入参采用数组方式提供，一次同步最多支持100条记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeCodeCheckMedicalInsurance(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceResponse> {
  return client.call<AlibabaAlihealthDrugCodeCodeCheckMedicalInsuranceResponse>(
    {
      method: 'alibaba.alihealth.drug.code.code.check.medical.insurance',
      responseRoot: 'alibaba_alihealth_drug_code_code_check_medical_insurance_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

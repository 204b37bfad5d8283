// Generated from specs/campus/alibaba.campus.core.companycampus.getcombycamid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.core.companycampus.getcombycamid` (根据园区ID获取运营公司信息). */
export interface AlibabaCampusCoreCompanycampusGetcombycamidRequest {
  /** WorkBenchContext */
  param0?: AlibabaCampusCoreCompanycampusGetcombycamidWorkBenchContextInput;
}

/** Response of `alibaba.campus.core.companycampus.getcombycamid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusCoreCompanycampusGetcombycamidResponse {
  /** 响应结果 */
  result?: AlibabaCampusCoreCompanycampusGetcombycamidPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.core.companycampus.getcombycamid`. */
export interface AlibabaCampusCoreCompanycampusGetcombycamidWorkBenchContextInput {
  /** 应用编号 */
  app_code?: Int64Input;
  /** 园区id */
  campus_id?: Int64Input;
}

/** `PojoResult` of `alibaba.campus.core.companycampus.getcombycamid`. */
export interface AlibabaCampusCoreCompanycampusGetcombycamidPojoResult {
  /** 内容 */
  contents?: AlibabaCampusCoreCompanycampusGetcombycamidCompanyDto[];
  /** 请求id,TOP自带不用关注 */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否请求成功 */
  success?: boolean;
  /** 错误详细信息 */
  error_ext_info?: string;
  /** 错误级别 */
  error_level?: string;
}

/** `CompanyDto` of `alibaba.campus.core.companycampus.getcombycamid`. */
export interface AlibabaCampusCoreCompanycampusGetcombycamidCompanyDto {
  /** 公司编号 */
  company_code?: string;
  /** 公司人数 */
  count?: Int64;
  /** corpId */
  corp_id?: string;
  /** 是否物业公司 */
  is_wuye?: boolean;
  /** 签约主体公司id */
  hr_sign_company_id?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 园区ID */
  campus_id?: Int64;
  /** 公司联系电话 */
  mobile?: string;
  /** 公司状态 */
  status?: string;
  /** 是否默认公司 */
  is_default?: boolean;
  /** 公司简称 */
  short_name?: string;
  /** 公司名称 */
  name?: string;
  /** 公司ID */
  company_id?: Int64;
  /** 公司ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    app_code: 'Number',
    campus_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        company_code: 'String',
        count: 'Number',
        corp_id: 'String',
        is_wuye: 'Boolean',
        hr_sign_company_id: 'String',
        campus_name: 'String',
        campus_id: 'Number',
        mobile: 'String',
        status: 'String',
        is_default: 'Boolean',
        short_name: 'String',
        name: 'String',
        company_id: 'Number',
        id: 'Number',
      },
    ],
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_ext_info: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.core.companycampus.getcombycamid`: method, response root, request and response schemas. */
export const alibabaCampusCoreCompanycampusGetcombycamidOperation = {
  method: 'alibaba.campus.core.companycampus.getcombycamid',
  responseRoot: 'alibaba_campus_core_companycampus_getcombycamid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据园区ID获取运营公司信息 — calls TOP method `alibaba.campus.core.companycampus.getcombycamid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusCoreCompanycampusGetcombycamid(
  client: TopClient,
  request: AlibabaCampusCoreCompanycampusGetcombycamidRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusCoreCompanycampusGetcombycamidResponse> {
  return client.call<AlibabaCampusCoreCompanycampusGetcombycamidResponse>(
    {
      method: 'alibaba.campus.core.companycampus.getcombycamid',
      responseRoot: 'alibaba_campus_core_companycampus_getcombycamid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

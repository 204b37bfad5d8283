// Generated from specs/vaccin/alibaba.alihealth.vaccine.register.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.vaccine.register.submit` (cdc回传疫苗登记数据). */
export interface AlibabaAlihealthVaccineRegisterSubmitRequest {
  /** 无 */
  top_request: AlibabaAlihealthVaccineRegisterSubmitSubmitVcRegisterRequestInput;
}

/** Response of `alibaba.alihealth.vaccine.register.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthVaccineRegisterSubmitResponse {
  /** 无 */
  result?: AlibabaAlihealthVaccineRegisterSubmitMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubmitVcRegisterRequest` of `alibaba.alihealth.vaccine.register.submit`. */
export interface AlibabaAlihealthVaccineRegisterSubmitSubmitVcRegisterRequestInput {
  /** cdc侧的登记单id */
  register_id: string;
  /** 省编码 */
  province_code: Int64Input;
  /** 市编码 */
  city_code: Int64Input;
  /** 区编码 */
  area_code: Int64Input;
  /** 省中文名称 */
  province_name: string;
  /** 市中文名称 */
  city_name: string;
  /** 区中文名称 */
  area_name: string;
  /** 健康侧的povId */
  pov_id: Int64Input;
  /** 健康侧的用户支付宝id */
  alipay_user_id: string;
  /** 健康侧的疫苗id */
  vaccine_id: string;
  /** cdc侧的疫苗名称 */
  vaccine_name: Int64Input;
  /** 登记时间，会校验格式 */
  create_time?: string;
  /** 登记人联系电话 */
  mobile: string;
  /** 预约渠道 */
  app_channel: string;
}

/** `MtopResult` of `alibaba.alihealth.vaccine.register.submit`. */
export interface AlibabaAlihealthVaccineRegisterSubmitMtopResult {
  /** 是否回传成功 */
  model?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误提示 */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  top_request: {
    register_id: 'String',
    province_code: 'Number',
    city_code: 'Number',
    area_code: 'Number',
    province_name: 'String',
    city_name: 'String',
    area_name: 'String',
    pov_id: 'Number',
    alipay_user_id: 'String',
    vaccine_id: 'String',
    vaccine_name: 'Number',
    create_time: 'String',
    mobile: 'String',
    app_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.vaccine.register.submit`: method, response root, request and response schemas. */
export const alibabaAlihealthVaccineRegisterSubmitOperation = {
  method: 'alibaba.alihealth.vaccine.register.submit',
  responseRoot: 'alibaba_alihealth_vaccine_register_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * cdc回传疫苗登记数据 — calls TOP method `alibaba.alihealth.vaccine.register.submit`.
 *
 * cdc回传疫苗登记信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthVaccineRegisterSubmit(
  client: TopClient,
  request: AlibabaAlihealthVaccineRegisterSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthVaccineRegisterSubmitResponse> {
  return client.call<AlibabaAlihealthVaccineRegisterSubmitResponse>(
    {
      method: 'alibaba.alihealth.vaccine.register.submit',
      responseRoot: 'alibaba_alihealth_vaccine_register_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

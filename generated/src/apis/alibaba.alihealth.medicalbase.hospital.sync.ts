// Generated from specs/alihealthcrm/alibaba.alihealth.medicalbase.hospital.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.hospital.sync` (互联网医院批量导入接口). */
export interface AlibabaAlihealthMedicalbaseHospitalSyncRequest {
  /** 是否需要用户授权 */
  is_auth: string;
  /** 服务项列表 */
  functions: string;
  /** 主院区纬度 */
  lat: string;
  /** 主院区经度 */
  lon: string;
  /** 主院区地址 */
  hos_address: string;
  /** 主院区的联系电话 */
  telephone?: string;
  /** 院区名称 */
  region_name: string;
  /** 是否公立医院（Y／N） */
  is_public: string;
  /** 标签 */
  service_info?: string;
  /** 自定义科室 */
  special?: string;
  /** 生活号或者服务窗url */
  service_window_url?: string;
  /** 医院简介url */
  description_url?: string;
  /** 是否支持医保（Y/N） */
  is_insurance?: string;
  /** 医院等级 */
  grade: string;
  /** 综合(general)、专科（special） */
  category: string;
  /** 医院简称 */
  short_name?: string;
  /** 医院pid */
  pid?: string;
  /** 机构编码 */
  unify_code?: string;
  /** 所在城市code */
  city_code: string;
  /** 营业执照上的医院全称 */
  hos_name: string;
  /** 公司名称 */
  company_name: string;
  /** 支付宝BD的姓名 */
  ali_interface_man: string;
  /** 邮箱地址 */
  email: string;
  /** 联系人 */
  technical_man: string;
  /** 联系手机 */
  phone: string;
  /** 单医院（main）／ 平台（platform） */
  hos_type: string;
  /** isv库里面的hosCode */
  isv_hos_code: string;
  /** 投放阵地alipay aliyy uc quark */
  delivery_channel?: string;
}

/** Response of `alibaba.alihealth.medicalbase.hospital.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseHospitalSyncResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseHospitalSyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.hospital.sync`. */
export interface AlibabaAlihealthMedicalbaseHospitalSyncTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
}

const REQUEST_SCHEMA = {
  is_auth: 'String',
  functions: 'String',
  lat: 'String',
  lon: 'String',
  hos_address: 'String',
  telephone: 'String',
  region_name: 'String',
  is_public: 'String',
  service_info: 'String',
  special: 'String',
  service_window_url: 'String',
  description_url: 'String',
  is_insurance: 'String',
  grade: 'String',
  category: 'String',
  short_name: 'String',
  pid: 'String',
  unify_code: 'String',
  city_code: 'String',
  hos_name: 'String',
  company_name: 'String',
  ali_interface_man: 'String',
  email: 'String',
  technical_man: 'String',
  phone: 'String',
  hos_type: 'String',
  isv_hos_code: 'String',
  delivery_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.hospital.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseHospitalSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.hospital.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_hospital_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互联网医院批量导入接口 — calls TOP method `alibaba.alihealth.medicalbase.hospital.sync`.
 *
 * 互联网医院isv批量通过接口批量导入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseHospitalSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseHospitalSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseHospitalSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseHospitalSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.hospital.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_hospital_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealthoutflow/alibaba.alihealth.asyncprescribe.prescription.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.asyncprescribe.prescription.detail` (异步开方处方详情). */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailRequest {
  /** 入参 */
  detail_request?: AlibabaAlihealthAsyncprescribePrescriptionDetailAsyncPrescribeDetailRequestInput;
}

/** Response of `alibaba.alihealth.asyncprescribe.prescription.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthAsyncprescribePrescriptionDetailServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AsyncPrescribeDetailRequest` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailAsyncPrescribeDetailRequestInput {
  /** 处方号 */
  rx_no?: string;
  /** 医院id */
  hospital_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailServiceResult {
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthAsyncprescribePrescriptionDetailPrescriptionDetailVo;
  /** success */
  success?: boolean;
}

/** `PrescriptionDetailVo` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailPrescriptionDetailVo {
  /** 患者年龄 */
  patient_age?: string;
  /** 患者电话 */
  patient_tel?: string;
  /** 审核药师姓名 */
  audit_pharmacist_name?: string;
  /** 科室名 */
  depart_name?: string;
  /** 省份证 */
  id_card?: string;
  /** 处方审核时间 */
  prescription_audit_time?: Int64;
  /** 处方图地址 */
  prescription_pic_url?: string;
  /** 处开具时间 */
  prescription_create_time?: Int64;
  /** 肝功能 */
  gan_gong_detail?: string;
  /** 既往史 */
  problem_history?: string;
  /** 淘宝订单号 */
  taobao_order_no?: string;
  /** 患者姓名 */
  patient_name?: string;
  /** 配药药师姓名 */
  dispensing_pharmacist_name?: string;
  /** 病历报告单 */
  revisit_pic_url_list?: string[];
  /** 患者性别 */
  patient_sex?: string;
  /** 接诊结束时间 */
  end_receive_time?: Int64;
  /** 医院名 */
  hospital_name?: string;
  /** 肾功能 */
  shen_gong_detail?: string;
  /** 处方号 */
  rx_no?: string;
  /** 病历号 */
  disease_record_id?: string;
  /** 药品 */
  drug_list?: AlibabaAlihealthAsyncprescribePrescriptionDetailDrugDto[];
  /** 过敏 */
  guo_min_detail?: string;
  /** 开始接诊时间 */
  start_receive_time?: Int64;
  /** 诊断 */
  diagnose_list?: AlibabaAlihealthAsyncprescribePrescriptionDetailDiagnoseVo[];
  /** 处方药有效期（小时） */
  effective_time?: string;
  /** 医生姓名 */
  doctor_name?: string;
  /** 医院id */
  hospital_id?: string;
  /** 出生年月日 */
  patient_birthday?: string;
}

/** `DrugDto` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailDrugDto {
  /** 规格 */
  spec?: string;
  /** 总量 */
  total?: string;
  /** 药品通用名 */
  common_drug_name?: string;
  /** 药品名 */
  drug_name?: string;
  /** 用法用量 */
  drug_usage_list?: AlibabaAlihealthAsyncprescribePrescriptionDetailDrugUsageVo[];
  /** 剂型 */
  dose_form?: string;
}

/** `DrugUsageVo` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailDrugUsageVo {
  /** 每次用量单位 */
  measure_unit?: string;
  /** 用法 */
  drug_usage?: string;
  /** 天数 */
  days?: string;
  /** 频次值单位 */
  frequency_unit?: string;
  /** 频次值 */
  frequency_value?: string;
  /** 频次 */
  frequency?: string;
  /** 每次你用量 */
  dose_value?: string;
}

/** `DiagnoseVo` of `alibaba.alihealth.asyncprescribe.prescription.detail`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionDetailDiagnoseVo {
  /** 诊断编码 */
  diagnose_code?: string;
  /** 诊断名 */
  diagnose_name?: string;
}

const REQUEST_SCHEMA = {
  detail_request: {
    rx_no: 'String',
    hospital_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    err_message: 'String',
    err_code: 'String',
    data: {
      patient_age: 'String',
      patient_tel: 'String',
      audit_pharmacist_name: 'String',
      depart_name: 'String',
      id_card: 'String',
      prescription_audit_time: 'Number',
      prescription_pic_url: 'String',
      prescription_create_time: 'Number',
      gan_gong_detail: 'String',
      problem_history: 'String',
      taobao_order_no: 'String',
      patient_name: 'String',
      dispensing_pharmacist_name: 'String',
      revisit_pic_url_list: ['String'],
      patient_sex: 'String',
      end_receive_time: 'Number',
      hospital_name: 'String',
      shen_gong_detail: 'String',
      rx_no: 'String',
      disease_record_id: 'String',
      drug_list: [
        {
          spec: 'String',
          total: 'String',
          common_drug_name: 'String',
          drug_name: 'String',
          drug_usage_list: [
            {
              measure_unit: 'String',
              drug_usage: 'String',
              days: 'String',
              frequency_unit: 'String',
              frequency_value: 'String',
              frequency: 'String',
              dose_value: 'String',
            },
          ],
          dose_form: 'String',
        },
      ],
      guo_min_detail: 'String',
      start_receive_time: 'Number',
      diagnose_list: [
        {
          diagnose_code: 'String',
          diagnose_name: 'String',
        },
      ],
      effective_time: 'String',
      doctor_name: 'String',
      hospital_id: 'String',
      patient_birthday: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.asyncprescribe.prescription.detail`: method, response root, request and response schemas. */
export const alibabaAlihealthAsyncprescribePrescriptionDetailOperation = {
  method: 'alibaba.alihealth.asyncprescribe.prescription.detail',
  responseRoot: 'alibaba_alihealth_asyncprescribe_prescription_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异步开方处方详情 — calls TOP method `alibaba.alihealth.asyncprescribe.prescription.detail`.
 *
 * 异步开方处方查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthAsyncprescribePrescriptionDetail(
  client: TopClient,
  request: AlibabaAlihealthAsyncprescribePrescriptionDetailRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthAsyncprescribePrescriptionDetailResponse> {
  return client.call<AlibabaAlihealthAsyncprescribePrescriptionDetailResponse>(
    {
      method: 'alibaba.alihealth.asyncprescribe.prescription.detail',
      responseRoot: 'alibaba_alihealth_asyncprescribe_prescription_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

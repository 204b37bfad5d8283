// Generated from specs/alidoc/alibaba.alihealth.nr.rx.prescription.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.nr.rx.prescription.get` (搜索处方详情). */
export interface AlibabaAlihealthNrRxPrescriptionGetRequest {
  /** 查询参数 */
  query?: AlibabaAlihealthNrRxPrescriptionGetPrescriptionQueryDtoInput;
}

/** Response of `alibaba.alihealth.nr.rx.prescription.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthNrRxPrescriptionGetResponse {
  /** 数据集 */
  data_list?: AlibabaAlihealthNrRxPrescriptionGetPrescriptionSearchResultDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PrescriptionQueryDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetPrescriptionQueryDtoInput {
  /** 订单号多个以逗号分开 */
  biz_order_ids?: string;
}

/** `PrescriptionSearchResultDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetPrescriptionSearchResultDto {
  /** 医生信息 */
  doctor?: AlibabaAlihealthNrRxPrescriptionGetRxDoctorDto;
  /** 处方id */
  rx_id?: string;
  /** 处方创建时间 */
  create_time?: string;
  /** 处方图片url */
  pic_url?: string;
  /** 患者信息 */
  patient?: AlibabaAlihealthNrRxPrescriptionGetRxPatientDto;
  /** 患者问诊信息 */
  patient_diagnostic?: AlibabaAlihealthNrRxPrescriptionGetRxPatientDiagnosticDto;
  /** 药品列表 */
  drug_list?: AlibabaAlihealthNrRxPrescriptionGetDrugDto[];
}

/** `RxDoctorDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetRxDoctorDto {
  /** 医生部门 */
  depart_name?: string;
  /** 医生姓名 */
  doctor_name?: string;
}

/** `RxPatientDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetRxPatientDto {
  /** 身份证号 */
  id_card?: string;
  /** 姓名 */
  name?: string;
  /** 年龄 */
  age?: string;
  /** 性别 */
  sex?: string;
}

/** `RxPatientDiagnosticDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetRxPatientDiagnosticDto {
  /** 过往病史 */
  medical_history?: string;
  /** 肝功能 */
  liver_function?: string;
  /** 肾功能 */
  renal_function?: string;
  /** 妊娠哺乳 */
  pregnancy?: string;
  /** 过敏史 */
  allergy_history?: string;
  /** 诊断list */
  diagnose_list?: AlibabaAlihealthNrRxPrescriptionGetDiagnoseDto[];
}

/** `DiagnoseDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetDiagnoseDto {
  /** icdCode */
  code?: string;
  /** icdCode名称 */
  name?: string;
}

/** `DrugDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetDrugDto {
  /** 药品Id */
  drug_id?: string;
  /** 药品名称 */
  drug_name?: string;
  /** 规格 */
  spec?: string;
  /** 数量 */
  total?: string;
  /** 剂型 */
  dose_from?: string;
  /** 药品用法用量 */
  drug_usage_list?: AlibabaAlihealthNrRxPrescriptionGetDrugUsageDto[];
}

/** `DrugUsageDto` of `alibaba.alihealth.nr.rx.prescription.get`. */
export interface AlibabaAlihealthNrRxPrescriptionGetDrugUsageDto {
  /** 用法用量单位 */
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
  /** 每次用量 */
  dose_value?: string;
}

const REQUEST_SCHEMA = {
  query: {
    biz_order_ids: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data_list: [
    {
      doctor: {
        depart_name: 'String',
        doctor_name: 'String',
      },
      rx_id: 'String',
      create_time: 'String',
      pic_url: 'String',
      patient: {
        id_card: 'String',
        name: 'String',
        age: 'String',
        sex: 'String',
      },
      patient_diagnostic: {
        medical_history: 'String',
        liver_function: 'String',
        renal_function: 'String',
        pregnancy: 'String',
        allergy_history: 'String',
        diagnose_list: [
          {
            code: 'String',
            name: 'String',
          },
        ],
      },
      drug_list: [
        {
          drug_id: 'String',
          drug_name: 'String',
          spec: 'String',
          total: 'String',
          dose_from: 'String',
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
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.nr.rx.prescription.get`: method, response root, request and response schemas. */
export const alibabaAlihealthNrRxPrescriptionGetOperation = {
  method: 'alibaba.alihealth.nr.rx.prescription.get',
  responseRoot: 'alibaba_alihealth_nr_rx_prescription_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索处方详情 — calls TOP method `alibaba.alihealth.nr.rx.prescription.get`.
 *
 * 获取互联网医院处方详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthNrRxPrescriptionGet(
  client: TopClient,
  request: AlibabaAlihealthNrRxPrescriptionGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthNrRxPrescriptionGetResponse> {
  return client.call<AlibabaAlihealthNrRxPrescriptionGetResponse>(
    {
      method: 'alibaba.alihealth.nr.rx.prescription.get',
      responseRoot: 'alibaba_alihealth_nr_rx_prescription_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealthmedical/alibaba.alihealth.medical.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.order.query` (三方机构查询订单详情接口). */
export interface AlibabaAlihealthMedicalOrderQueryRequest {
  /** 请求入参 */
  request_info: AlibabaAlihealthMedicalOrderQueryOrderQueryRequestDTOInput;
}

/** Response of `alibaba.alihealth.medical.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalOrderQueryResponse {
  /** alinkappserver系统返回的通用结果类 */
  service_result?: AlibabaAlihealthMedicalOrderQueryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderQueryRequestDTO` of `alibaba.alihealth.medical.order.query`. */
export interface AlibabaAlihealthMedicalOrderQueryOrderQueryRequestDTOInput {
  /** 订单ID */
  order_id: string;
  /** 互联网医院编码 */
  hospital_id: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.order.query`. */
export interface AlibabaAlihealthMedicalOrderQueryServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthMedicalOrderQueryOrderDetailDTO;
  /** errCode */
  err_code?: string;
  /** 请求是否成功 */
  success?: boolean;
  /** errMessage */
  err_message?: string;
}

/** `OrderDetailDTO` of `alibaba.alihealth.medical.order.query`. */
export interface AlibabaAlihealthMedicalOrderQueryOrderDetailDTO {
  /** 商品类型 */
  item_type?: string;
  /** 结算日期，格式必须为：20200711 */
  close_account_time?: string;
  /** 短评标签名字, 使用英文逗号分隔 */
  label_names?: string;
  /** 订单接诊时间 */
  diagnosing_time?: string;
  /** 订单id */
  order_id?: string;
  /** 就诊人UUID，最长64个字符 */
  patient_id?: string;
  /** 订单下单时间 */
  order_create_time?: string;
  /** 订单状态：WAIT_DIAGNOSE， DIAGNOSING， REFUNDED， DIAGNOSED， THIRD_SELLER_PAID */
  order_status?: string;
  /** 就诊人信息串 */
  medical_info?: AlibabaAlihealthMedicalOrderQueryMedicalInfoDTO;
  /** 评价综合得分：取值 1 - 5 */
  score?: Int64;
  /** 商品id */
  item_id?: string;
  /** 医生名字 */
  doctor_name?: string;
  /** 评价时间 */
  review_create_time?: string;
  /** 商品总价，单位为元 */
  total_fee?: string;
  /** 医生UUID */
  doctor_id?: string;
  /** 订单终止时间 */
  order_finish_time?: string;
  /** 评价内容 */
  comment?: string;
  /** 会话id */
  session_id?: string;
}

/** `MedicalInfoDTO` of `alibaba.alihealth.medical.order.query`. */
export interface AlibabaAlihealthMedicalOrderQueryMedicalInfoDTO {
  /** 既往史详情 */
  past_history_details?: string[];
  /** 城市 */
  city?: string;
  /** 疾病照片、检查单 */
  disease_pictures?: string[];
  /** 过敏史详情 */
  allergies_details?: string[];
  /** 主诉 */
  chief_complaint?: string;
  /** 肝功能异常详情 */
  abnormal_liver_function_detail?: string;
  /** 肾功能异常详情 */
  abnormal_renal_function_detail?: string;
  /** 是否有过敏史 */
  has_allergies_history?: boolean;
  /** 是否（备孕/妊娠/哺乳期） */
  is_pregnant?: boolean;
  /** 现病史 */
  present_illness_history?: string;
  /** 家族史详情 */
  family_history_details?: string[];
  /** 既往史描述 */
  past_history_description?: string;
  /** 性别 */
  sex?: string;
  /** 是否肝功能异常 */
  is_liver_function_abnormal?: boolean;
  /** 预产期，如果妊娠则需要填写预产期 */
  expected_confinement_date?: string;
  /** 家族史描述 */
  family_history_description?: string;
  /** 过敏史描述 */
  allergies_description?: string;
  /** 是否肾功能异常 */
  is_renal_function_abnormal?: boolean;
  /** 已确诊的疾病 */
  diagnosed_diseases?: string[];
  /** 备孕/妊娠/哺乳 */
  pregnant_type?: string;
  /** 是否有家族史 */
  has_family_history?: boolean;
  /** 月龄，单位为“个月” */
  age?: string;
  /** 是否有既往史 */
  has_past_history?: boolean;
}

const REQUEST_SCHEMA = {
  request_info: {
    order_id: 'String',
    hospital_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: {
      item_type: 'String',
      close_account_time: 'String',
      label_names: 'String',
      diagnosing_time: 'Date',
      order_id: 'String',
      patient_id: 'String',
      order_create_time: 'Date',
      order_status: 'String',
      medical_info: {
        past_history_details: ['String'],
        city: 'String',
        disease_pictures: ['String'],
        allergies_details: ['String'],
        chief_complaint: 'String',
        abnormal_liver_function_detail: 'String',
        abnormal_renal_function_detail: 'String',
        has_allergies_history: 'Boolean',
        is_pregnant: 'Boolean',
        present_illness_history: 'String',
        family_history_details: ['String'],
        past_history_description: 'String',
        sex: 'String',
        is_liver_function_abnormal: 'Boolean',
        expected_confinement_date: 'String',
        family_history_description: 'String',
        allergies_description: 'String',
        is_renal_function_abnormal: 'Boolean',
        diagnosed_diseases: ['String'],
        pregnant_type: 'String',
        has_family_history: 'Boolean',
        age: 'String',
        has_past_history: 'Boolean',
      },
      score: 'Number',
      item_id: 'String',
      doctor_name: 'String',
      review_create_time: 'Date',
      total_fee: 'String',
      doctor_id: 'String',
      order_finish_time: 'Date',
      comment: 'String',
      session_id: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.order.query`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalOrderQueryOperation = {
  method: 'alibaba.alihealth.medical.order.query',
  responseRoot: 'alibaba_alihealth_medical_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方机构查询订单详情接口 — calls TOP method `alibaba.alihealth.medical.order.query`.
 *
 * 查询订单详情，包括评价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalOrderQuery(
  client: TopClient,
  request: AlibabaAlihealthMedicalOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalOrderQueryResponse> {
  return client.call<AlibabaAlihealthMedicalOrderQueryResponse>(
    {
      method: 'alibaba.alihealth.medical.order.query',
      responseRoot: 'alibaba_alihealth_medical_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

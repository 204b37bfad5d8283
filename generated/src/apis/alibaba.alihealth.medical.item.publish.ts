// Generated from specs/alihealthmedical/alibaba.alihealth.medical.item.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.item.publish` (三方入驻-开通服务). */
export interface AlibabaAlihealthMedicalItemPublishRequest {
  /** 请求 */
  request1?: AlibabaAlihealthMedicalItemPublishItemPublishRequestInput;
}

/** Response of `alibaba.alihealth.medical.item.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalItemPublishResponse {
  /** 系统返回的通用结果类 */
  result1?: AlibabaAlihealthMedicalItemPublishServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPublishRequest` of `alibaba.alihealth.medical.item.publish`. */
export interface AlibabaAlihealthMedicalItemPublishItemPublishRequestInput {
  /** 商品id */
  item_id?: Int64Input;
  /** 医生id */
  doctor_uuid: string;
  /** 互联网医院id */
  net_hospital_id: string;
  /** 商品类目code */
  category_code: string;
  /** 价格，单位：分 */
  price: string;
  /** 每日库存上限 */
  stock_limit: Int64Input;
}

/** `ServiceResult` of `alibaba.alihealth.medical.item.publish`. */
export interface AlibabaAlihealthMedicalItemPublishServiceResult {
  /** 返回数据对象 */
  data?: AlibabaAlihealthMedicalItemPublishItemInfoVo;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

/** `ItemInfoVo` of `alibaba.alihealth.medical.item.publish`. */
export interface AlibabaAlihealthMedicalItemPublishItemInfoVo {
  /** 商品id */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  request1: {
    item_id: 'Number',
    doctor_uuid: 'String',
    net_hospital_id: 'String',
    category_code: 'String',
    price: 'String',
    stock_limit: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result1: {
    data: {
      item_id: 'Number',
    },
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.item.publish`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalItemPublishOperation = {
  method: 'alibaba.alihealth.medical.item.publish',
  responseRoot: 'alibaba_alihealth_medical_item_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方入驻-开通服务 — calls TOP method `alibaba.alihealth.medical.item.publish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalItemPublish(
  client: TopClient,
  request: AlibabaAlihealthMedicalItemPublishRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalItemPublishResponse> {
  return client.call<AlibabaAlihealthMedicalItemPublishResponse>(
    {
      method: 'alibaba.alihealth.medical.item.publish',
      responseRoot: 'alibaba_alihealth_medical_item_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

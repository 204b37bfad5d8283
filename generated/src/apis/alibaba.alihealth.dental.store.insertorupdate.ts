// Generated from specs/alihealth2/alibaba.alihealth.dental.store.insertorupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.store.insertorupdate` (ISV新增/修改口腔门店). */
export interface AlibabaAlihealthDentalStoreInsertorupdateRequest {
  /** 门店 */
  store?: AlibabaAlihealthDentalStoreInsertorupdateDentalOuterStoreRequestInput;
}

/** Response of `alibaba.alihealth.dental.store.insertorupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalStoreInsertorupdateResponse {
  /** 结果 */
  result?: AlibabaAlihealthDentalStoreInsertorupdateMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DentalOuterStoreRequest` of `alibaba.alihealth.dental.store.insertorupdate`. */
export interface AlibabaAlihealthDentalStoreInsertorupdateDentalOuterStoreRequestInput {
  /** 门店主图 */
  logo?: string;
  /** 门店名称 */
  store_name?: string;
  /** 城市码 */
  city_code?: string;
  /** 门店描述 */
  store_desc?: string;
  /** 医疗执业许可证名称 */
  license_name?: string;
  /** 门店号码 */
  store_phone?: string;
  /** 经度 */
  point_x?: string;
  /** 营业执照号 */
  license_no?: string;
  /** 纬度 */
  point_y?: string;
  /** 门店地址 */
  address?: string;
  /** 门店ID */
  store_id?: Int64Input;
  /** 外部门店code */
  store_code?: string;
  /** 关键字 */
  key_words?: string;
  /** 营业时间 */
  work_time?: string;
  /** 交通路线 */
  routes?: string;
  /** 标记图片 */
  sign_pic?: string;
  /** 营业执照图片 */
  license_pics?: string[];
  /** 医疗执业许可证图片 */
  medical_pics?: string[];
  /** 门店图片 */
  store_pics?: string[];
}

/** `MtopResult` of `alibaba.alihealth.dental.store.insertorupdate`. */
export interface AlibabaAlihealthDentalStoreInsertorupdateMtopResult {
  /** model */
  model?: AlibabaAlihealthDentalStoreInsertorupdateStoreAuditVo;
  /** msg_code */
  msg_code?: string;
  /** msg_info */
  msg_info?: string;
  /** true */
  success?: boolean;
}

/** `StoreAuditVo` of `alibaba.alihealth.dental.store.insertorupdate`. */
export interface AlibabaAlihealthDentalStoreInsertorupdateStoreAuditVo {
  /** 门店ID */
  store_id?: Int64;
  /** 门店审核ID */
  store_audit_id?: Int64;
  /** 审核原因 */
  reason?: string;
  /** 审核状态码 */
  check_status?: Int64;
  /** 审核状态 */
  check_status_string?: string;
}

const REQUEST_SCHEMA = {
  store: {
    logo: 'String',
    store_name: 'String',
    city_code: 'String',
    store_desc: 'String',
    license_name: 'String',
    store_phone: 'String',
    point_x: 'String',
    license_no: 'String',
    point_y: 'String',
    address: 'String',
    store_id: 'Number',
    store_code: 'String',
    key_words: 'String',
    work_time: 'String',
    routes: 'String',
    sign_pic: 'String',
    license_pics: ['String'],
    medical_pics: ['String'],
    store_pics: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      store_id: 'Number',
      store_audit_id: 'Number',
      reason: 'String',
      check_status: 'Number',
      check_status_string: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.store.insertorupdate`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalStoreInsertorupdateOperation = {
  method: 'alibaba.alihealth.dental.store.insertorupdate',
  responseRoot: 'alibaba_alihealth_dental_store_insertorupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV新增/修改口腔门店 — calls TOP method `alibaba.alihealth.dental.store.insertorupdate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalStoreInsertorupdate(
  client: TopClient,
  request: AlibabaAlihealthDentalStoreInsertorupdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalStoreInsertorupdateResponse> {
  return client.call<AlibabaAlihealthDentalStoreInsertorupdateResponse>(
    {
      method: 'alibaba.alihealth.dental.store.insertorupdate',
      responseRoot: 'alibaba_alihealth_dental_store_insertorupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alidoc/alibaba.alihealth.alidoc.drug.store.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.alidoc.drug.store.update` (更新药店). */
export interface AlibabaAlihealthAlidocDrugStoreUpdateRequest {
  /** 更新对象 */
  drug_store_update_top_request: AlibabaAlihealthAlidocDrugStoreUpdateDrugStoreUpdateTopRequestInput;
}

/** Response of `alibaba.alihealth.alidoc.drug.store.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthAlidocDrugStoreUpdateResponse {
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_kode?: string;
  /** success */
  successed?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrugStoreUpdateTopRequest` of `alibaba.alihealth.alidoc.drug.store.update`. */
export interface AlibabaAlihealthAlidocDrugStoreUpdateDrugStoreUpdateTopRequestInput {
  /** 药店编码 */
  drug_store_code: string;
  /** 药店名称 */
  drug_store_name?: string;
  /** 药店地址 */
  drug_store_address?: string;
  /** 电话 */
  drug_strore_phone?: string;
  /** 1-支持医保，0-不支持医保 */
  medicare_label?: number;
  /** 纬度 */
  latitude?: string;
  /** 状态，1-启动，0-封存 */
  status?: number;
  /** 经度 */
  longitude?: string;
}

const REQUEST_SCHEMA = {
  drug_store_update_top_request: {
    drug_store_code: 'String',
    drug_store_name: 'String',
    drug_store_address: 'String',
    drug_strore_phone: 'String',
    medicare_label: 'byte',
    latitude: 'String',
    status: 'byte',
    longitude: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_message: 'String',
  err_kode: 'String',
  successed: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.alidoc.drug.store.update`: method, response root, request and response schemas. */
export const alibabaAlihealthAlidocDrugStoreUpdateOperation = {
  method: 'alibaba.alihealth.alidoc.drug.store.update',
  responseRoot: 'alibaba_alihealth_alidoc_drug_store_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新药店 — calls TOP method `alibaba.alihealth.alidoc.drug.store.update`.
 *
 * 药店信息更新接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthAlidocDrugStoreUpdate(
  client: TopClient,
  request: AlibabaAlihealthAlidocDrugStoreUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthAlidocDrugStoreUpdateResponse> {
  return client.call<AlibabaAlihealthAlidocDrugStoreUpdateResponse>(
    {
      method: 'alibaba.alihealth.alidoc.drug.store.update',
      responseRoot: 'alibaba_alihealth_alidoc_drug_store_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

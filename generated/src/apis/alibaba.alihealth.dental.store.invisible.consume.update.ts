// Generated from specs/alihealth2/alibaba.alihealth.dental.store.invisible.consume.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.store.invisible.consume.update` (门店无隐形消费签约). */
export interface AlibabaAlihealthDentalStoreInvisibleConsumeUpdateRequest {
  /** 入参 */
  store?: AlibabaAlihealthDentalStoreInvisibleConsumeUpdateDentalOuterStoreNicRequestInput;
}

/** Response of `alibaba.alihealth.dental.store.invisible.consume.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalStoreInvisibleConsumeUpdateResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthDentalStoreInvisibleConsumeUpdateServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DentalOuterStoreNicRequest` of `alibaba.alihealth.dental.store.invisible.consume.update`. */
export interface AlibabaAlihealthDentalStoreInvisibleConsumeUpdateDentalOuterStoreNicRequestInput {
  /** 失效时间 */
  expire_time?: DateInput;
  /** 签约时间 */
  sign_time?: DateInput;
  /** 门店ID */
  store_id?: Int64Input;
  /** 签约状态(0 未签约，1 已签约) */
  status?: Int64Input;
}

/** `ServiceResult` of `alibaba.alihealth.dental.store.invisible.consume.update`. */
export interface AlibabaAlihealthDentalStoreInvisibleConsumeUpdateServiceResult {
  /** 是否成功 */
  data?: boolean;
  /** success */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  store: {
    expire_time: 'Date',
    sign_time: 'Date',
    store_id: 'Number',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.store.invisible.consume.update`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalStoreInvisibleConsumeUpdateOperation = {
  method: 'alibaba.alihealth.dental.store.invisible.consume.update',
  responseRoot: 'alibaba_alihealth_dental_store_invisible_consume_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店无隐形消费签约 — calls TOP method `alibaba.alihealth.dental.store.invisible.consume.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalStoreInvisibleConsumeUpdate(
  client: TopClient,
  request: AlibabaAlihealthDentalStoreInvisibleConsumeUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalStoreInvisibleConsumeUpdateResponse> {
  return client.call<AlibabaAlihealthDentalStoreInvisibleConsumeUpdateResponse>(
    {
      method: 'alibaba.alihealth.dental.store.invisible.consume.update',
      responseRoot: 'alibaba_alihealth_dental_store_invisible_consume_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.existinghome.store.bail.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.store.bail.sync` (门店保证金余额同步). */
export interface AlibabaAlihouseExistinghomeStoreBailSyncRequest {
  /** dto */
  store_bail_dto: AlibabaAlihouseExistinghomeStoreBailSyncStoreBailDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.store.bail.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeStoreBailSyncResponse {
  /** code */
  return_code?: string;
  /** 是否处理成功 */
  data?: boolean;
  /** success */
  return_success?: boolean;
  /** message */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreBailDTO` of `alibaba.alihouse.existinghome.store.bail.sync`. */
export interface AlibabaAlihouseExistinghomeStoreBailSyncStoreBailDTOInput {
  /** 外部门店id */
  outer_store_id: string;
  /** 测试标 */
  is_test: Int64Input;
  /** 版本号 */
  etc_version: Int64Input;
  /** 保证金余额 */
  bail: Int64Input;
  /** 行业类型 */
  business_type: Int64Input;
  /** 类目编码 */
  category_code?: Int64Input;
}

const REQUEST_SCHEMA = {
  store_bail_dto: {
    outer_store_id: 'String',
    is_test: 'Number',
    etc_version: 'Number',
    bail: 'Number',
    business_type: 'Number',
    category_code: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: 'Boolean',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.store.bail.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeStoreBailSyncOperation = {
  method: 'alibaba.alihouse.existinghome.store.bail.sync',
  responseRoot: 'alibaba_alihouse_existinghome_store_bail_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店保证金余额同步 — calls TOP method `alibaba.alihouse.existinghome.store.bail.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeStoreBailSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeStoreBailSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeStoreBailSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeStoreBailSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.store.bail.sync',
      responseRoot: 'alibaba_alihouse_existinghome_store_bail_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealthlab/alibaba.alihealth.lab.item.store.relation.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.lab.item.store.relation.sync` (检验检测业务，isv项目门店关系同步). */
export interface AlibabaAlihealthLabItemStoreRelationSyncRequest {
  /** EFFECTIVE 有效，INVALID 无效 */
  isv_relation_status: string;
  /**
   * isv门店编码
   *
   * Max list size: 999
   */
  isv_store_codes: string[];
  /** 检验检测项目isv侧编码 */
  isv_item_code: string;
}

/** Response of `alibaba.alihealth.lab.item.store.relation.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthLabItemStoreRelationSyncResponse {
  /** 结果描述 */
  result_msg?: string;
  /** SUCCESS - 成功，FAIL - 失败，UNKNOWN - 未知或处理中 */
  result_status?: string;
  /** 可读的错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  isv_relation_status: 'String',
  isv_store_codes: ['String'],
  isv_item_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_status: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.lab.item.store.relation.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthLabItemStoreRelationSyncOperation = {
  method: 'alibaba.alihealth.lab.item.store.relation.sync',
  responseRoot: 'alibaba_alihealth_lab_item_store_relation_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检验检测业务，isv项目门店关系同步 — calls TOP method `alibaba.alihealth.lab.item.store.relation.sync`.
 *
 * 阿里健康检验检测业务，isv检验检测项目门店关系同步到健康，支持检验检测项目门店关系的增加和删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthLabItemStoreRelationSync(
  client: TopClient,
  request: AlibabaAlihealthLabItemStoreRelationSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthLabItemStoreRelationSyncResponse> {
  return client.call<AlibabaAlihealthLabItemStoreRelationSyncResponse>(
    {
      method: 'alibaba.alihealth.lab.item.store.relation.sync',
      responseRoot: 'alibaba_alihealth_lab_item_store_relation_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

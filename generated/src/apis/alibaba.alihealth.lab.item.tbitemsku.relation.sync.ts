// Generated from specs/alihealthlab/alibaba.alihealth.lab.item.tbitemsku.relation.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.lab.item.tbitemsku.relation.sync` (阿里健康检验检测业务，检验检测项目淘宝商品SKU关系同步). */
export interface AlibabaAlihealthLabItemTbitemskuRelationSyncRequest {
  /** EFFECTIVE 有效，INVALID 无效 */
  isv_relation_status: string;
  /** 检验检测项目isv侧code */
  isv_item_code: string;
  /** 关联的淘宝商品SKU id，在商品没有sku的情况下传0 */
  tb_sku_id: Int64Input;
  /** 关联的淘宝商品 id */
  tb_item_id: Int64Input;
}

/** Response of `alibaba.alihealth.lab.item.tbitemsku.relation.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthLabItemTbitemskuRelationSyncResponse {
  /** 可读的错误码 */
  result_code?: string;
  /** SUCCESS - 成功，FAIL失败，UNKNOWN - 未知或处理中 */
  result_status?: string;
  /** 错误描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  isv_relation_status: 'String',
  isv_item_code: 'String',
  tb_sku_id: 'Number',
  tb_item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_status: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.lab.item.tbitemsku.relation.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthLabItemTbitemskuRelationSyncOperation = {
  method: 'alibaba.alihealth.lab.item.tbitemsku.relation.sync',
  responseRoot: 'alibaba_alihealth_lab_item_tbitemsku_relation_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康检验检测业务，检验检测项目淘宝商品SKU关系同步 — calls TOP method `alibaba.alihealth.lab.item.tbitemsku.relation.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthLabItemTbitemskuRelationSync(
  client: TopClient,
  request: AlibabaAlihealthLabItemTbitemskuRelationSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthLabItemTbitemskuRelationSyncResponse> {
  return client.call<AlibabaAlihealthLabItemTbitemskuRelationSyncResponse>(
    {
      method: 'alibaba.alihealth.lab.item.tbitemsku.relation.sync',
      responseRoot: 'alibaba_alihealth_lab_item_tbitemsku_relation_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

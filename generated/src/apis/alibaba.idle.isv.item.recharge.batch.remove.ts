// Generated from specs/idle/alibaba.idle.isv.item.recharge.batch.remove.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.item.recharge.batch.remove` (闲鱼商品直充功能移除). */
export interface AlibabaIdleIsvItemRechargeBatchRemoveRequest {
  /** 请求参数 */
  idle_item_auto_recharge_batch_remove_api_do: AlibabaIdleIsvItemRechargeBatchRemoveIdleItemAutoRechargeBatchRemoveApiDOInput;
}

/** Response of `alibaba.idle.isv.item.recharge.batch.remove`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvItemRechargeBatchRemoveResponse {
  /** 调用结果 */
  result?: AlibabaIdleIsvItemRechargeBatchRemoveTopListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleItemAutoRechargeBatchRemoveApiDO` of `alibaba.idle.isv.item.recharge.batch.remove`. */
export interface AlibabaIdleIsvItemRechargeBatchRemoveIdleItemAutoRechargeBatchRemoveApiDOInput {
  /** 商品id列表 */
  item_ids: Int64Input[];
}

/** `TopListResult` of `alibaba.idle.isv.item.recharge.batch.remove`. */
export interface AlibabaIdleIsvItemRechargeBatchRemoveTopListResult {
  /** 移除失败商品信息列表 */
  data?: AlibabaIdleIsvItemRechargeBatchRemoveIdleItemAutoRechargeBatchRemoveResult[];
  /** 请求是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误说明 */
  err_msg?: string;
}

/** `IdleItemAutoRechargeBatchRemoveResult` of `alibaba.idle.isv.item.recharge.batch.remove`. */
export interface AlibabaIdleIsvItemRechargeBatchRemoveIdleItemAutoRechargeBatchRemoveResult {
  /** 移除失败商品id */
  item_id?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误说明 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  idle_item_auto_recharge_batch_remove_api_do: {
    item_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        item_id: 'Number',
        error_code: 'String',
        error_msg: 'String',
      },
    ],
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.item.recharge.batch.remove`: method, response root, request and response schemas. */
export const alibabaIdleIsvItemRechargeBatchRemoveOperation = {
  method: 'alibaba.idle.isv.item.recharge.batch.remove',
  responseRoot: 'alibaba_idle_isv_item_recharge_batch_remove_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼商品直充功能移除 — calls TOP method `alibaba.idle.isv.item.recharge.batch.remove`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvItemRechargeBatchRemove(
  client: TopClient,
  request: AlibabaIdleIsvItemRechargeBatchRemoveRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvItemRechargeBatchRemoveResponse> {
  return client.call<AlibabaIdleIsvItemRechargeBatchRemoveResponse>(
    {
      method: 'alibaba.idle.isv.item.recharge.batch.remove',
      responseRoot: 'alibaba_idle_isv_item_recharge_batch_remove_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

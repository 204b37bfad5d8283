// Generated from specs/servicecenter/taobao.recycle.prededuct.settle.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.recycle.prededuct.settle.sync` (同步回收单线下打款明细). */
export interface TaobaoRecyclePredeductSettleSyncRequest {
  /** 线下打款金额，正数表示 服务商向用户支付的 金额，负数表示 服务商收取用户 的金额，单位为 分 */
  offline_settle_fee: Int64Input;
  /** 回收单 ID */
  old_order_id: Int64Input;
  /** 数据版本号，从1开始递增，天猫平台收到请求后会对这个字段做校验，只有比当前版本大的请求才会处理。 */
  version: Int64Input;
}

/** Response of `taobao.recycle.prededuct.settle.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRecyclePredeductSettleSyncResponse {
  /** 同步线下打款明细结果 */
  data?: TaobaoRecyclePredeductSettleSyncOfnRecycleOrderSyncOfflineSettleInfoDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfnRecycleOrderSyncOfflineSettleInfoDTO` of `taobao.recycle.prededuct.settle.sync`. */
export interface TaobaoRecyclePredeductSettleSyncOfnRecycleOrderSyncOfflineSettleInfoDTO {
  /** 是否同步成功 */
  sync_success?: boolean;
}

const REQUEST_SCHEMA = {
  offline_settle_fee: 'Number',
  old_order_id: 'Number',
  version: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    sync_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.recycle.prededuct.settle.sync`: method, response root, request and response schemas. */
export const taobaoRecyclePredeductSettleSyncOperation = {
  method: 'taobao.recycle.prededuct.settle.sync',
  responseRoot: 'recycle_prededuct_settle_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步回收单线下打款明细 — calls TOP method `taobao.recycle.prededuct.settle.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRecyclePredeductSettleSync(
  client: TopClient,
  request: TaobaoRecyclePredeductSettleSyncRequest,
  options?: CallOptions,
): Promise<TaobaoRecyclePredeductSettleSyncResponse> {
  return client.call<TaobaoRecyclePredeductSettleSyncResponse>(
    {
      method: 'taobao.recycle.prededuct.settle.sync',
      responseRoot: 'recycle_prededuct_settle_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

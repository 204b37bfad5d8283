// Generated from specs/omniorder/taobao.omniorder.store.deliverconfig.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.deliverconfig.update` (修改门店发货配置内容). */
export interface TaobaoOmniorderStoreDeliverconfigUpdateRequest {
  /** 门店ID */
  store_id: Int64Input;
  /** 卖家发货配置 */
  store_deliver_config: TaobaoOmniorderStoreDeliverconfigUpdateStoreDeliverConfigInput;
}

/** Response of `taobao.omniorder.store.deliverconfig.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreDeliverconfigUpdateResponse {
  /** result */
  result?: TaobaoOmniorderStoreDeliverconfigUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreDeliverConfig` of `taobao.omniorder.store.deliverconfig.update`. */
export interface TaobaoOmniorderStoreDeliverconfigUpdateStoreDeliverConfigInput {
  /** 活动结束时间 */
  activity_end_time?: DateInput;
  /** 接单时间段，格式为 "09:00-12:00", "" 表示一直开启 */
  working_time: string;
  /** 优先级，取值范围为0-10,0最大，10最小 */
  priority: Int64Input;
  /** 每日接单阈值 */
  deliver_threshold: Int64Input;
  /** 是否是活动期 */
  activity?: boolean;
  /** 活动开始时间 */
  activity_start_time?: DateInput;
  /** 派单时间，格式为：[{"startTime":"08:40","endTime":"12:20"},{"startTime":"18:00","endTime":"22:00"}] */
  dispatch_time_range: string;
}

/** `Result` of `taobao.omniorder.store.deliverconfig.update`. */
export interface TaobaoOmniorderStoreDeliverconfigUpdateResult {
  /** message */
  message?: string;
  /** data */
  data?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  store_deliver_config: {
    activity_end_time: 'Date',
    working_time: 'String',
    priority: 'Number',
    deliver_threshold: 'Number',
    activity: 'Boolean',
    activity_start_time: 'Date',
    dispatch_time_range: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.deliverconfig.update`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreDeliverconfigUpdateOperation = {
  method: 'taobao.omniorder.store.deliverconfig.update',
  responseRoot: 'omniorder_store_deliverconfig_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改门店发货配置内容 — calls TOP method `taobao.omniorder.store.deliverconfig.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreDeliverconfigUpdate(
  client: TopClient,
  request: TaobaoOmniorderStoreDeliverconfigUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreDeliverconfigUpdateResponse> {
  return client.call<TaobaoOmniorderStoreDeliverconfigUpdateResponse>(
    {
      method: 'taobao.omniorder.store.deliverconfig.update',
      responseRoot: 'omniorder_store_deliverconfig_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

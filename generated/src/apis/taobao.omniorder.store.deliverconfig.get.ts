// Generated from specs/omniorder/taobao.omniorder.store.deliverconfig.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.deliverconfig.get` (查询门店发货配置内容). */
export interface TaobaoOmniorderStoreDeliverconfigGetRequest {
  /** 门店ID */
  store_id: Int64Input;
  /** 是否是活动期 */
  activity?: boolean;
}

/** Response of `taobao.omniorder.store.deliverconfig.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreDeliverconfigGetResponse {
  /** result */
  result?: TaobaoOmniorderStoreDeliverconfigGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.deliverconfig.get`. */
export interface TaobaoOmniorderStoreDeliverconfigGetResult {
  /** message */
  message?: string;
  /** data */
  data?: TaobaoOmniorderStoreDeliverconfigGetStoreDeliverConfig;
  /** code */
  code?: string;
}

/** `StoreDeliverConfig` of `taobao.omniorder.store.deliverconfig.get`. */
export interface TaobaoOmniorderStoreDeliverconfigGetStoreDeliverConfig {
  /** 是否是活动期 */
  activity?: boolean;
  /** 当activity为true时返回,活动开始时间 */
  activity_start_time?: string;
  /** 当activity为true时返回，活动结束时间 */
  activity_end_time?: string;
  /** 接单时间段，格式为 "09:00-12:00", "" 表示一直开启 */
  working_time?: string;
  /** 优先级，取值0-10，0优先级最大，10优先级最小 */
  priority?: Int64;
  /** 每日接单阈值 */
  deliver_threshold?: Int64;
  /** 派单时间，格式为：[{"startTime":"08:40","endTime":"12:20"},{"startTime":"18:00","endTime":"22:00"}] */
  dispatch_time_range?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  activity: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      activity: 'Boolean',
      activity_start_time: 'Date',
      activity_end_time: 'Date',
      working_time: 'String',
      priority: 'Number',
      deliver_threshold: 'Number',
      dispatch_time_range: 'String',
    },
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.deliverconfig.get`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreDeliverconfigGetOperation = {
  method: 'taobao.omniorder.store.deliverconfig.get',
  responseRoot: 'omniorder_store_deliverconfig_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询门店发货配置内容 — calls TOP method `taobao.omniorder.store.deliverconfig.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreDeliverconfigGet(
  client: TopClient,
  request: TaobaoOmniorderStoreDeliverconfigGetRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreDeliverconfigGetResponse> {
  return client.call<TaobaoOmniorderStoreDeliverconfigGetResponse>(
    {
      method: 'taobao.omniorder.store.deliverconfig.get',
      responseRoot: 'omniorder_store_deliverconfig_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

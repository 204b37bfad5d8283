// Generated from specs/omniorder/taobao.omniorder.store.collectconfig.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.collectconfig.get` (查询门店自提配置内容). */
export interface TaobaoOmniorderStoreCollectconfigGetRequest {
  /** 门店ID */
  store_id: Int64Input;
  /** 是否是活动期 */
  activity?: boolean;
}

/** Response of `taobao.omniorder.store.collectconfig.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreCollectconfigGetResponse {
  /** result */
  result?: TaobaoOmniorderStoreCollectconfigGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.collectconfig.get`. */
export interface TaobaoOmniorderStoreCollectconfigGetResult {
  /** message */
  message?: string;
  /** data */
  data?: TaobaoOmniorderStoreCollectconfigGetStoreCollectConfig;
  /** code */
  code?: string;
}

/** `StoreCollectConfig` of `taobao.omniorder.store.collectconfig.get`. */
export interface TaobaoOmniorderStoreCollectconfigGetStoreCollectConfig {
  /** 当activity为true时返回，活动结束时间 */
  activity_end_time?: string;
  /** 接单时间段，格式为 "09:00-12:00", "" 表示一直开启 */
  working_time?: string;
  /** 每日接单阈值 */
  collect_threshold?: Int64;
  /** 当activity为true时返回,活动开始时间 */
  activity_start_time?: string;
  /** 是否是活动期 */
  activity?: boolean;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  activity: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      activity_end_time: 'Date',
      working_time: 'String',
      collect_threshold: 'Number',
      activity_start_time: 'Date',
      activity: 'Boolean',
    },
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.collectconfig.get`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreCollectconfigGetOperation = {
  method: 'taobao.omniorder.store.collectconfig.get',
  responseRoot: 'omniorder_store_collectconfig_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询门店自提配置内容 — calls TOP method `taobao.omniorder.store.collectconfig.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreCollectconfigGet(
  client: TopClient,
  request: TaobaoOmniorderStoreCollectconfigGetRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreCollectconfigGetResponse> {
  return client.call<TaobaoOmniorderStoreCollectconfigGetResponse>(
    {
      method: 'taobao.omniorder.store.collectconfig.get',
      responseRoot: 'omniorder_store_collectconfig_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

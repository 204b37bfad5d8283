// Generated from specs/tmallnr/tmall.nr.seller.storerange.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.seller.storerange.sync` (同步商户中心服务范围). */
export interface TmallNrSellerStorerangeSyncRequest {
  /** 业务身份标识,dss定时送；self_day 自配日达；self_hour 自配小时达 */
  biz_identity?: string;
  /**
   * 系统自动生成
   *
   * Max list size: 20
   */
  req_d_t_o_list?: TmallNrSellerStorerangeSyncSyncServiceRangeRequestDtoInput[];
  /** 卖家id，有可能和登录seller不是同一个id */
  seller_id?: Int64Input;
}

/** Response of `tmall.nr.seller.storerange.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrSellerStorerangeSyncResponse {
  /** 是否成功 */
  result_data?: boolean;
  /** 请求是否成功 */
  success_flag?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncServiceRangeRequestDto` of `tmall.nr.seller.storerange.sync`. */
export interface TmallNrSellerStorerangeSyncSyncServiceRangeRequestDtoInput {
  /** 围栏信息 */
  points?: TmallNrSellerStorerangeSyncPointInput[];
  /** 扩展字段 */
  properties?: string;
  /** 门店id */
  store_id?: string;
  /** 类型 -1 为删除,其余为添加，如果记录存在则做更新 */
  type?: Int64Input;
}

/** `Point` of `tmall.nr.seller.storerange.sync`. */
export interface TmallNrSellerStorerangeSyncPointInput {
  /** 纬度 */
  lat?: string;
  /** 经度 */
  lng?: string;
}

const REQUEST_SCHEMA = {
  biz_identity: 'String',
  req_d_t_o_list: [
    {
      points: [
        {
          lat: 'String',
          lng: 'String',
        },
      ],
      properties: 'String',
      store_id: 'String',
      type: 'Number',
    },
  ],
  seller_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_data: 'Boolean',
  success_flag: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.seller.storerange.sync`: method, response root, request and response schemas. */
export const tmallNrSellerStorerangeSyncOperation = {
  method: 'tmall.nr.seller.storerange.sync',
  responseRoot: 'tmall_nr_seller_storerange_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步商户中心服务范围 — calls TOP method `tmall.nr.seller.storerange.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrSellerStorerangeSync(
  client: TopClient,
  request: TmallNrSellerStorerangeSyncRequest = {},
  options?: CallOptions,
): Promise<TmallNrSellerStorerangeSyncResponse> {
  return client.call<TmallNrSellerStorerangeSyncResponse>(
    {
      method: 'tmall.nr.seller.storerange.sync',
      responseRoot: 'tmall_nr_seller_storerange_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

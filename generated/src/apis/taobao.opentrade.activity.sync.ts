// Generated from specs/opentrade/taobao.opentrade.activity.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.activity.sync` (尖货交易活动信息同步). */
export interface TaobaoOpentradeActivitySyncRequest {
  /** 排队活动ID，排队时如传入，这里需要填写；若未传，这里也可以不传 */
  activity_id: string;
  /** 活动开始时间 */
  start_time: DateInput;
  /** 活动结束时间（全流程结束时间，非排队结束时间） */
  end_time: DateInput;
  /** 活动名称 */
  activity_name: string;
  /**
   * 活动关联的商品列表，使用逗号(,)分割
   *
   * Max list size: 20
   */
  item_id_list: Int64Input[];
}

/** Response of `taobao.opentrade.activity.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeActivitySyncResponse {
  /** 活动开始时间 */
  start_time?: string;
  /** 活动关联的商品列表，使用逗号(,)分割 */
  item_ids?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 创建活动的appkey */
  appkey?: string;
  /** 排队活动ID */
  activity_id?: string;
  /** 最近修改时间 */
  gmt_modified?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'String',
  start_time: 'Date',
  end_time: 'Date',
  activity_name: 'String',
  item_id_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  start_time: 'String',
  item_ids: 'String',
  activity_name: 'String',
  appkey: 'String',
  activity_id: 'String',
  gmt_modified: 'String',
  end_time: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.activity.sync`: method, response root, request and response schemas. */
export const taobaoOpentradeActivitySyncOperation = {
  method: 'taobao.opentrade.activity.sync',
  responseRoot: 'opentrade_activity_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 尖货交易活动信息同步 — calls TOP method `taobao.opentrade.activity.sync`.
 *
 * 尖货交易活动信息配置，创建或更新活动信息
 * 在活动时间开始前，所有用户（包括标记可购买的用户），无法购买商品；
 * 在活动时间内，标记可购买的用户可在小程序中跳转下单页，完成购买；
 * 在活动结束后，对限购不再限制，平台开放购买，用户可在小程序内、商品详情、购物车下单购买；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeActivitySync(
  client: TopClient,
  request: TaobaoOpentradeActivitySyncRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeActivitySyncResponse> {
  return client.call<TaobaoOpentradeActivitySyncResponse>(
    {
      method: 'taobao.opentrade.activity.sync',
      responseRoot: 'opentrade_activity_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

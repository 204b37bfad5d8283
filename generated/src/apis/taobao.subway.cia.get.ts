// Generated from specs/simba/taobao.subway.cia.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.cia.get` (查询单元智能出价信息). */
export interface TaobaoSubwayCiaGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.subway.cia.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayCiaGetResponse {
  /** 单元智能出价信息 */
  result?: TaobaoSubwayCiaGetCiaConfig;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CiaConfig` of `taobao.subway.cia.get`. */
export interface TaobaoSubwayCiaGetCiaConfig {
  /** 目标点击量 */
  target_click?: Int64;
  /** 出价偏好（3:促进收藏加购，4:促进点击，5:促进成交） */
  bid_target_type?: Int64;
  /** 最高溢价比例 */
  max_premium?: Int64;
  /** 是否自动流转 */
  is_circulation?: boolean;
  /** 是否开启智能出价 */
  is_smart_bidding?: boolean;
  /** 推广组id */
  ad_group_id?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    target_click: 'Number',
    bid_target_type: 'Number',
    max_premium: 'Number',
    is_circulation: 'Boolean',
    is_smart_bidding: 'Boolean',
    ad_group_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.cia.get`: method, response root, request and response schemas. */
export const taobaoSubwayCiaGetOperation = {
  method: 'taobao.subway.cia.get',
  responseRoot: 'subway_cia_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单元智能出价信息 — calls TOP method `taobao.subway.cia.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayCiaGet(
  client: TopClient,
  request: TaobaoSubwayCiaGetRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayCiaGetResponse> {
  return client.call<TaobaoSubwayCiaGetResponse>(
    {
      method: 'taobao.subway.cia.get',
      responseRoot: 'subway_cia_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.subway.marsh.land.rpt.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.marsh.land.rpt.get` (获取捡漏词包分时报表数据). */
export interface TaobaoSubwayMarshLandRptGetRequest {
  /** 主人昵称 */
  nick: string;
  /** 2021-05-11 */
  end_date?: string;
  /** 推广组id */
  adgroup_id_equal?: string;
  /** 词包类型（捡漏词包填19） */
  is_auto_match_equal?: string;
  /** 计划id */
  campaign_id_equal?: string;
  /** 2021-05-05 */
  start_date?: string;
}

/** Response of `taobao.subway.marsh.land.rpt.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayMarshLandRptGetResponse {
  /** 捡漏词包分时报表数据列表 */
  result_list?: TaobaoSubwayMarshLandRptGetRptResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptResult` of `taobao.subway.marsh.land.rpt.get`. */
export interface TaobaoSubwayMarshLandRptGetRptResult {
  /** ctr */
  ctr?: string;
  /** 消耗 */
  cost?: string;
  /** 词包类型 */
  is_automatch?: string;
  /** cpc */
  cpc?: string;
  /** 时段编号 */
  time_period?: string;
  /** 展现量 */
  impression?: string;
  /** 点击量 */
  click?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  end_date: 'String',
  adgroup_id_equal: 'String',
  is_auto_match_equal: 'String',
  campaign_id_equal: 'String',
  start_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      ctr: 'String',
      cost: 'String',
      is_automatch: 'String',
      cpc: 'String',
      time_period: 'String',
      impression: 'String',
      click: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.marsh.land.rpt.get`: method, response root, request and response schemas. */
export const taobaoSubwayMarshLandRptGetOperation = {
  method: 'taobao.subway.marsh.land.rpt.get',
  responseRoot: 'subway_marsh_land_rpt_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取捡漏词包分时报表数据 — calls TOP method `taobao.subway.marsh.land.rpt.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayMarshLandRptGet(
  client: TopClient,
  request: TaobaoSubwayMarshLandRptGetRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayMarshLandRptGetResponse> {
  return client.call<TaobaoSubwayMarshLandRptGetResponse>(
    {
      method: 'taobao.subway.marsh.land.rpt.get',
      responseRoot: 'subway_marsh_land_rpt_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.rpt.adgroupeffect.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.adgroupeffect.get` (推广组效果报表数据对象). */
export interface TaobaoSimbaRptAdgroupeffectGetRequest {
  /** 权限校验参数 */
  subway_token: string;
  /** 昵称 */
  nick?: string;
  /** 推广计划id */
  campaign_id: Int64Input;
  /** 推广组id */
  adgroup_id: Int64Input;
  /** 开始时间，格式yyyy-mm-dd */
  start_time: string;
  /** 结束时间，格式yyyy-mm-dd */
  end_time: string;
  /**
   * 报表类型（搜索：SEARCH,类目出价：CAT,
   * 定向投放：NOSEARCH ）可以一次取多个例如：SEARCH,CAT
   */
  search_type: string;
  /** 数据来源（PC站内：1，PC站外：2，无线站内：4，无线站外 : 5）可多选，以逗号分隔 */
  source: string;
  /**
   * 页码
   *
   * Min value: 1
   */
  page_no?: Int64Input;
  /**
   * 每页大小
   *
   * Min value: 1
   */
  page_size?: Int64Input;
}

/** Response of `taobao.simba.rpt.adgroupeffect.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptAdgroupeffectGetResponse {
  /** 推广组效果报表数据对象 */
  rpt_adgroup_effect_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  subway_token: 'String',
  nick: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
  start_time: 'String',
  end_time: 'String',
  search_type: 'String',
  source: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_adgroup_effect_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.adgroupeffect.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptAdgroupeffectGetOperation = {
  method: 'taobao.simba.rpt.adgroupeffect.get',
  responseRoot: 'simba_rpt_adgroupeffect_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广组效果报表数据对象 — calls TOP method `taobao.simba.rpt.adgroupeffect.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptAdgroupeffectGet(
  client: TopClient,
  request: TaobaoSimbaRptAdgroupeffectGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptAdgroupeffectGetResponse> {
  return client.call<TaobaoSimbaRptAdgroupeffectGetResponse>(
    {
      method: 'taobao.simba.rpt.adgroupeffect.get',
      responseRoot: 'simba_rpt_adgroupeffect_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

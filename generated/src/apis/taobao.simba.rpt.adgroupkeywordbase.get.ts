// Generated from specs/simba/taobao.simba.rpt.adgroupkeywordbase.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.adgroupkeywordbase.get` (推广组下的词基础报表数据查询(明细数据不分类型查询)). */
export interface TaobaoSimbaRptAdgroupkeywordbaseGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id: Int64Input;
  /** 推广组ID */
  adgroup_id: Int64Input;
  /** 开始时间，格式yyyy-mm-dd */
  start_time: string;
  /** 结束时间，格式yyyy-mm-dd */
  end_time: string;
  /** 数据来源（PC站内：1，PC站外：2，无线站内：4，无线站外 : 5，汇总：SUMMARY）SUMMARY必须单选，其他值可多选例如1,2 */
  source: string;
  /** 权限校验参数 */
  subway_token: string;
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
  /** 报表类型（搜索：SEARCH,类目出价：CAT, 定向投放：NOSEARCH）可多选例如：SEARCH,CAT */
  search_type: string;
}

/** Response of `taobao.simba.rpt.adgroupkeywordbase.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptAdgroupkeywordbaseGetResponse {
  /** 词基础数据返回结果 */
  rpt_adgroupkeyword_base_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
  start_time: 'String',
  end_time: 'String',
  source: 'String',
  subway_token: 'String',
  page_no: 'Number',
  page_size: 'Number',
  search_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_adgroupkeyword_base_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.adgroupkeywordbase.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptAdgroupkeywordbaseGetOperation = {
  method: 'taobao.simba.rpt.adgroupkeywordbase.get',
  responseRoot: 'simba_rpt_adgroupkeywordbase_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广组下的词基础报表数据查询(明细数据不分类型查询) — calls TOP method `taobao.simba.rpt.adgroupkeywordbase.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptAdgroupkeywordbaseGet(
  client: TopClient,
  request: TaobaoSimbaRptAdgroupkeywordbaseGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptAdgroupkeywordbaseGetResponse> {
  return client.call<TaobaoSimbaRptAdgroupkeywordbaseGetResponse>(
    {
      method: 'taobao.simba.rpt.adgroupkeywordbase.get',
      responseRoot: 'simba_rpt_adgroupkeywordbase_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

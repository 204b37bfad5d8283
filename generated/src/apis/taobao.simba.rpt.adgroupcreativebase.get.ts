// Generated from specs/simba/taobao.simba.rpt.adgroupcreativebase.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.adgroupcreativebase.get` (推广组下创意报表基础数据查询(汇总数据，不分类型)). */
export interface TaobaoSimbaRptAdgroupcreativebaseGetRequest {
  /** 权限验证信息 */
  subway_token: string;
  /** 昵称 */
  nick?: string;
  /** 开始日期，格式yyyy-mm-dd */
  start_time: string;
  /** 结束日期，格式yyyy-mm-dd */
  end_time: string;
  /** 查询推广计划id */
  campaign_id: Int64Input;
  /** 推广组id */
  adgroup_id: Int64Input;
  /** 数据来源（PC站内：1，PC站外：2，无线站内：4，无线站外 : 5，汇总：SUMMARY）SUMMARY必须单选，其他值可多选例如1,2 */
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
  /** 报表类型（搜索：SEARCH,类目出价：CAT, 定向投放：NOSEARCH汇总：SUMMARY）SUMMARY必须单选，其他值可多选例如：SEARCH,CAT */
  search_type: string;
}

/** Response of `taobao.simba.rpt.adgroupcreativebase.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptAdgroupcreativebaseGetResponse {
  /** 推广组下的创意基础数据列表 */
  rpt_adgroupcreative_base_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  subway_token: 'String',
  nick: 'String',
  start_time: 'String',
  end_time: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
  source: 'String',
  page_no: 'Number',
  page_size: 'Number',
  search_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_adgroupcreative_base_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.adgroupcreativebase.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptAdgroupcreativebaseGetOperation = {
  method: 'taobao.simba.rpt.adgroupcreativebase.get',
  responseRoot: 'simba_rpt_adgroupcreativebase_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广组下创意报表基础数据查询(汇总数据，不分类型) — calls TOP method `taobao.simba.rpt.adgroupcreativebase.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptAdgroupcreativebaseGet(
  client: TopClient,
  request: TaobaoSimbaRptAdgroupcreativebaseGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptAdgroupcreativebaseGetResponse> {
  return client.call<TaobaoSimbaRptAdgroupcreativebaseGetResponse>(
    {
      method: 'taobao.simba.rpt.adgroupcreativebase.get',
      responseRoot: 'simba_rpt_adgroupcreativebase_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

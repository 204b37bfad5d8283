// Generated from specs/simba/taobao.simba.rpt.campadgroupeffect.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.campadgroupeffect.get` (推广计划下的推广组报表效果数据查询(只有汇总数据，无分类类型)). */
export interface TaobaoSimbaRptCampadgroupeffectGetRequest {
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

/** Response of `taobao.simba.rpt.campadgroupeffect.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptCampadgroupeffectGetResponse {
  /** 推广计划下推广组的效果数据列表 */
  rpt_campadgroup_effect_list?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  subway_token: 'String',
  nick: 'String',
  start_time: 'String',
  end_time: 'String',
  campaign_id: 'Number',
  source: 'String',
  page_no: 'Number',
  page_size: 'Number',
  search_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rpt_campadgroup_effect_list: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.campadgroupeffect.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptCampadgroupeffectGetOperation = {
  method: 'taobao.simba.rpt.campadgroupeffect.get',
  responseRoot: 'simba_rpt_campadgroupeffect_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广计划下的推广组报表效果数据查询(只有汇总数据，无分类类型) — calls TOP method `taobao.simba.rpt.campadgroupeffect.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptCampadgroupeffectGet(
  client: TopClient,
  request: TaobaoSimbaRptCampadgroupeffectGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptCampadgroupeffectGetResponse> {
  return client.call<TaobaoSimbaRptCampadgroupeffectGetResponse>(
    {
      method: 'taobao.simba.rpt.campadgroupeffect.get',
      responseRoot: 'simba_rpt_campadgroupeffect_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

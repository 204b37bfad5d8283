// Generated from specs/simba/taobao.subway.automatch.rpt.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.automatch.rpt.get` (查询流量智选天级报告). */
export interface TaobaoSubwayAutomatchRptGetRequest {
  /** 主人昵称 */
  nick: string;
  /** 起始日期 */
  start_date: string;
  /** 终止日期 */
  end_date: string;
  /** 计划id */
  campaign_id: Int64Input;
  /** 推广组id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.subway.automatch.rpt.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayAutomatchRptGetResponse {
  /** 流量智选天级别报表数据 */
  result_list?: TaobaoSubwayAutomatchRptGetResultMap[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultMap` of `taobao.subway.automatch.rpt.get`. */
export interface TaobaoSubwayAutomatchRptGetResultMap {
  /** ctr */
  ctr?: string;
  /** cpm */
  cpm?: string;
  /** 消耗（分） */
  cost?: string;
  /** 计划id */
  campaignid?: string;
  /** 词包名称（汇总-流量包、汇总-自主买词） */
  sub_package_name?: string;
  /** 点击量 */
  click?: string;
  /** 词包类型（0：汇总-流量包，-1：汇总-自主买词） */
  sub_package?: string;
  /** 报表数据日期 */
  thedate?: string;
  /** 推广组id */
  adgroupid?: string;
  /** 展现量 */
  impression?: string;
  /** 点击转化率 */
  coverage?: string;
  /** roi */
  roi?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  start_date: 'String',
  end_date: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      ctr: 'String',
      cpm: 'String',
      cost: 'String',
      campaignid: 'String',
      sub_package_name: 'String',
      click: 'String',
      sub_package: 'String',
      thedate: 'String',
      adgroupid: 'String',
      impression: 'String',
      coverage: 'String',
      roi: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.automatch.rpt.get`: method, response root, request and response schemas. */
export const taobaoSubwayAutomatchRptGetOperation = {
  method: 'taobao.subway.automatch.rpt.get',
  responseRoot: 'subway_automatch_rpt_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询流量智选天级报告 — calls TOP method `taobao.subway.automatch.rpt.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayAutomatchRptGet(
  client: TopClient,
  request: TaobaoSubwayAutomatchRptGetRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayAutomatchRptGetResponse> {
  return client.call<TaobaoSubwayAutomatchRptGetResponse>(
    {
      method: 'taobao.subway.automatch.rpt.get',
      responseRoot: 'subway_automatch_rpt_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/brandhub/taobao.brandhub.specialshow.rpt.adgroup.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.brandhub.specialshow.rpt.adgroup.get` (品牌号品牌特秀单元报表数据查询). */
export interface TaobaoBrandhubSpecialshowRptAdgroupGetRequest {
  /** 开始时间(最多可查询最近90天) */
  start_date: string;
  /** 指定计划id */
  solution_id?: string;
  /** 指定任务id */
  task_id?: string;
  /** 截至时间(最晚到昨天) */
  end_date: string;
  /** 当前页数 */
  page_index?: string;
  /** 可选页数 */
  page_size?: string;
}

/** Response of `taobao.brandhub.specialshow.rpt.adgroup.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBrandhubSpecialshowRptAdgroupGetResponse {
  /** 错误信息 */
  error_param?: string;
  /** 返回结果 */
  adgroup_rpt_list?: TaobaoBrandhubSpecialshowRptAdgroupGetResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.brandhub.specialshow.rpt.adgroup.get`. */
export interface TaobaoBrandhubSpecialshowRptAdgroupGetResult {
  /** 日期 */
  thedate?: string;
  /** 计划id */
  solution_id?: Int64;
  /** 计划名称 */
  solution_name?: string;
  /** 定向条件 */
  target_name?: string;
  /** 单元id */
  task_id?: Int64;
  /** 单元名称 */
  task_name?: string;
  /** 展现 */
  impression?: string;
  /** 点击 */
  click?: string;
  /** 访客数 */
  uv?: string;
  /** 点击访客数 */
  click_uv?: string;
  /** 点击率 */
  ctr?: string;
  /** 访客点击率 */
  uv_ctr?: string;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  solution_id: 'String',
  task_id: 'String',
  end_date: 'String',
  page_index: 'String',
  page_size: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_param: 'String',
  adgroup_rpt_list: [
    {
      thedate: 'String',
      solution_id: 'Number',
      solution_name: 'String',
      target_name: 'String',
      task_id: 'Number',
      task_name: 'String',
      impression: 'String',
      click: 'String',
      uv: 'String',
      click_uv: 'String',
      ctr: 'String',
      uv_ctr: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.brandhub.specialshow.rpt.adgroup.get`: method, response root, request and response schemas. */
export const taobaoBrandhubSpecialshowRptAdgroupGetOperation = {
  method: 'taobao.brandhub.specialshow.rpt.adgroup.get',
  responseRoot: 'brandhub_specialshow_rpt_adgroup_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌号品牌特秀单元报表数据查询 — calls TOP method `taobao.brandhub.specialshow.rpt.adgroup.get`.
 *
 * 获取品牌号品牌特秀广告adgroup分日报表数据，只能查询近90天内的数据，包括展现量，点击量等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBrandhubSpecialshowRptAdgroupGet(
  client: TopClient,
  request: TaobaoBrandhubSpecialshowRptAdgroupGetRequest,
  options?: CallOptions,
): Promise<TaobaoBrandhubSpecialshowRptAdgroupGetResponse> {
  return client.call<TaobaoBrandhubSpecialshowRptAdgroupGetResponse>(
    {
      method: 'taobao.brandhub.specialshow.rpt.adgroup.get',
      responseRoot: 'brandhub_specialshow_rpt_adgroup_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.hour.report.adgroup.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.hour.report.adgroup.get` (推广单元小时级别实时报表查询). */
export interface TaobaoSimbaHourReportAdgroupGetRequest {
  /** 昵称 */
  nick?: string;
  /** 时间 */
  the_date: string;
  /** 当前小时 */
  hour: string;
  /** 计划id */
  campaign_id?: string;
  /** 推广单元id */
  adgroup_id?: string;
}

/** Response of `taobao.simba.hour.report.adgroup.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaHourReportAdgroupGetResponse {
  /** 11 */
  results?: TaobaoSimbaHourReportAdgroupGetRtRptResultEntityDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtRptResultEntityDTO` of `taobao.simba.hour.report.adgroup.get`. */
export interface TaobaoSimbaHourReportAdgroupGetRtRptResultEntityDTO {
  /** 日期 */
  thedate?: string;
  /** impression */
  impression?: string;
  /** cost */
  cost?: string;
  /** click */
  click?: string;
  /** ctr */
  ctr?: string;
  /** cpc */
  cpc?: string;
  /** cpm */
  cpm?: string;
  /** 投入产出比 */
  roi?: string;
  /** 点击转化率 */
  coverage?: string;
  /** 直接成交笔数 */
  directtransactionshipping?: string;
  /** 间接成交笔数 */
  indirecttransactionshipping?: string;
  /** 总成交笔数 */
  transactionshippingtotal?: string;
  /** 直接成交金额 */
  directtransaction?: string;
  /** 间接成交金额 */
  indirecttransaction?: string;
  /** 总成交金额 */
  transactiontotal?: string;
  /** 收藏店铺数 */
  favshoptotal?: string;
  /** 收藏宝贝数 */
  favitemtotal?: string;
  /** 总收藏数 */
  favtotal?: string;
  /** 直接购物车数 */
  directcarttotal?: string;
  /** 间接购物车数 */
  indirectcarttotal?: string;
  /** 购物车总数 */
  carttotal?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  the_date: 'String',
  hour: 'String',
  campaign_id: 'String',
  adgroup_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: {
    thedate: 'String',
    impression: 'String',
    cost: 'String',
    click: 'String',
    ctr: 'String',
    cpc: 'String',
    cpm: 'String',
    roi: 'String',
    coverage: 'String',
    directtransactionshipping: 'String',
    indirecttransactionshipping: 'String',
    transactionshippingtotal: 'String',
    directtransaction: 'String',
    indirecttransaction: 'String',
    transactiontotal: 'String',
    favshoptotal: 'String',
    favitemtotal: 'String',
    favtotal: 'String',
    directcarttotal: 'String',
    indirectcarttotal: 'String',
    carttotal: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.hour.report.adgroup.get`: method, response root, request and response schemas. */
export const taobaoSimbaHourReportAdgroupGetOperation = {
  method: 'taobao.simba.hour.report.adgroup.get',
  responseRoot: 'simba_hour_report_adgroup_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广单元小时级别实时报表查询 — calls TOP method `taobao.simba.hour.report.adgroup.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaHourReportAdgroupGet(
  client: TopClient,
  request: TaobaoSimbaHourReportAdgroupGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaHourReportAdgroupGetResponse> {
  return client.call<TaobaoSimbaHourReportAdgroupGetResponse>(
    {
      method: 'taobao.simba.hour.report.adgroup.get',
      responseRoot: 'simba_hour_report_adgroup_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

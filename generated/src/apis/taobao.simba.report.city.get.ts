// Generated from specs/simba/taobao.simba.report.city.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.report.city.get` (获取城市维度报表). */
export interface TaobaoSimbaReportCityGetRequest {
  /** 昵称 */
  nick?: string;
  /** 时间 */
  the_date: string;
  /** 当前小时 */
  hour: string;
  /** 计划id */
  campaign_id?: string;
}

/** Response of `taobao.simba.report.city.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaReportCityGetResponse {
  /** 11 */
  results?: TaobaoSimbaReportCityGetRtRptResultEntityDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtRptResultEntityDTO` of `taobao.simba.report.city.get`. */
export interface TaobaoSimbaReportCityGetRtRptResultEntityDTO {
  /** 日期 */
  thedate?: string;
  /** 直接成交金额 */
  directtransaction?: string;
  /** 间接成交金额 */
  indirecttransaction?: string;
  /** 直接成交笔数 */
  directtransactionshipping?: string;
  /** 间接成交笔数 */
  indirecttransactionshipping?: string;
  /** 收藏宝贝数 */
  favitemtotal?: string;
  /** 收藏店铺数 */
  favshoptotal?: string;
  /** 投入产出比 */
  roi?: string;
  /** 点击转化率 */
  coverage?: string;
  /** 直接购物车数 */
  directcarttotal?: string;
  /** 间接购物车数 */
  indirectcarttotal?: string;
  /** 购物车总数 */
  carttotal?: string;
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
  /** 总成交笔数 */
  transactionshippingtotal?: string;
  /** 总成交金额 */
  transactiontotal?: string;
  /** 总收藏数 */
  favtotal?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  the_date: 'String',
  hour: 'String',
  campaign_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: {
    thedate: 'String',
    directtransaction: 'String',
    indirecttransaction: 'String',
    directtransactionshipping: 'String',
    indirecttransactionshipping: 'String',
    favitemtotal: 'String',
    favshoptotal: 'String',
    roi: 'String',
    coverage: 'String',
    directcarttotal: 'String',
    indirectcarttotal: 'String',
    carttotal: 'String',
    impression: 'String',
    cost: 'String',
    click: 'String',
    ctr: 'String',
    cpc: 'String',
    cpm: 'String',
    transactionshippingtotal: 'String',
    transactiontotal: 'String',
    favtotal: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.report.city.get`: method, response root, request and response schemas. */
export const taobaoSimbaReportCityGetOperation = {
  method: 'taobao.simba.report.city.get',
  responseRoot: 'simba_report_city_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取城市维度报表 — calls TOP method `taobao.simba.report.city.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaReportCityGet(
  client: TopClient,
  request: TaobaoSimbaReportCityGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaReportCityGetResponse> {
  return client.call<TaobaoSimbaReportCityGetResponse>(
    {
      method: 'taobao.simba.report.city.get',
      responseRoot: 'simba_report_city_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

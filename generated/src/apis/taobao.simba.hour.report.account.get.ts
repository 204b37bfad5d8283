// Generated from specs/simba/taobao.simba.hour.report.account.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.hour.report.account.get` (账户级别小时报表获取). */
export interface TaobaoSimbaHourReportAccountGetRequest {
  /** 昵称 */
  nick?: string;
  /** 时间 */
  the_date: string;
  /** 当前小时 */
  hour: string;
}

/** Response of `taobao.simba.hour.report.account.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaHourReportAccountGetResponse {
  /** 11 */
  results?: TaobaoSimbaHourReportAccountGetRtRptResultEntityDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtRptResultEntityDTO` of `taobao.simba.hour.report.account.get`. */
export interface TaobaoSimbaHourReportAccountGetRtRptResultEntityDTO {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
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
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.hour.report.account.get`: method, response root, request and response schemas. */
export const taobaoSimbaHourReportAccountGetOperation = {
  method: 'taobao.simba.hour.report.account.get',
  responseRoot: 'simba_hour_report_account_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 账户级别小时报表获取 — calls TOP method `taobao.simba.hour.report.account.get`.
 *
 * 获取账户小时实时报表数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaHourReportAccountGet(
  client: TopClient,
  request: TaobaoSimbaHourReportAccountGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaHourReportAccountGetResponse> {
  return client.call<TaobaoSimbaHourReportAccountGetResponse>(
    {
      method: 'taobao.simba.hour.report.account.get',
      responseRoot: 'simba_hour_report_account_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

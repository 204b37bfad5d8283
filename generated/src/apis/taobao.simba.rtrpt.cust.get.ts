// Generated from specs/simba/taobao.simba.rtrpt.cust.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rtrpt.cust.get` (获取账户实时报表数据). */
export interface TaobaoSimbaRtrptCustGetRequest {
  /** 昵称 */
  nick?: string;
  /** 日期，格式yyyy-mm-dd */
  the_date: string;
}

/** Response of `taobao.simba.rtrpt.cust.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRtrptCustGetResponse {
  /** 11 */
  results?: TaobaoSimbaRtrptCustGetRtRptResultEntityDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtRptResultEntityDTO` of `taobao.simba.rtrpt.cust.get`. */
export interface TaobaoSimbaRtrptCustGetRtRptResultEntityDTO {
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
  /** 流量类型 1: PC站内, 2: PC站外 , 4: 无线站内, 5: 无线站外 */
  traffictype?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  the_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
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
      traffictype: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rtrpt.cust.get`: method, response root, request and response schemas. */
export const taobaoSimbaRtrptCustGetOperation = {
  method: 'taobao.simba.rtrpt.cust.get',
  responseRoot: 'simba_rtrpt_cust_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取账户实时报表数据 — calls TOP method `taobao.simba.rtrpt.cust.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRtrptCustGet(
  client: TopClient,
  request: TaobaoSimbaRtrptCustGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRtrptCustGetResponse> {
  return client.call<TaobaoSimbaRtrptCustGetResponse>(
    {
      method: 'taobao.simba.rtrpt.cust.get',
      responseRoot: 'simba_rtrpt_cust_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

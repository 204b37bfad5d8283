// Generated from specs/simba/taobao.simba.rtrpt.targetingtag.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rtrpt.targetingtag.get` (搜索人群实时报表). */
export interface TaobaoSimbaRtrptTargetingtagGetRequest {
  /** 旺旺名称 */
  nick: string;
  /** 推广计划id */
  campaign_id: Int64Input;
  /** 推广单元id */
  adgroup_id: Int64Input;
  /** 日期，格式yyyy-mm-dd */
  the_date: string;
  /** 流量类型 1: PC站内, 2: PC站外 , 4: 无线站内, 5: 无线站外,支持多种一起查询,如1,2,4,5 */
  traffic_type: string;
}

/** Response of `taobao.simba.rtrpt.targetingtag.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRtrptTargetingtagGetResponse {
  /** 111 */
  results?: TaobaoSimbaRtrptTargetingtagGetRtRptResultEntityDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtRptResultEntityDTO` of `taobao.simba.rtrpt.targetingtag.get`. */
export interface TaobaoSimbaRtrptTargetingtagGetRtRptResultEntityDTO {
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
  /** 计划id */
  campaignid?: string;
  /** 推广组id */
  adgroupid?: string;
  /** 人群id */
  crowdid?: string;
  /** 流量来源( PC站内:1， PC站外:2 , 移动站内:4，移动站外:5) */
  source?: string;
  /** 报表类型（搜索：0,类目出价：1, 单品定向：2, 店铺定向:3） */
  search_type?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
  the_date: 'String',
  traffic_type: 'String',
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
      campaignid: 'String',
      adgroupid: 'String',
      crowdid: 'String',
      source: 'String',
      search_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rtrpt.targetingtag.get`: method, response root, request and response schemas. */
export const taobaoSimbaRtrptTargetingtagGetOperation = {
  method: 'taobao.simba.rtrpt.targetingtag.get',
  responseRoot: 'simba_rtrpt_targetingtag_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索人群实时报表 — calls TOP method `taobao.simba.rtrpt.targetingtag.get`.
 *
 * 获取搜搜人群实时报表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRtrptTargetingtagGet(
  client: TopClient,
  request: TaobaoSimbaRtrptTargetingtagGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRtrptTargetingtagGetResponse> {
  return client.call<TaobaoSimbaRtrptTargetingtagGetResponse>(
    {
      method: 'taobao.simba.rtrpt.targetingtag.get',
      responseRoot: 'simba_rtrpt_targetingtag_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

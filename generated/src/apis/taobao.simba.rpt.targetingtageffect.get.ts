// Generated from specs/simba/taobao.simba.rpt.targetingtageffect.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.rpt.targetingtageffect.get` (获取定向效果报表数据). */
export interface TaobaoSimbaRptTargetingtageffectGetRequest {
  /** 被操作者昵称 */
  nick?: string;
  /** 计划id */
  campaign_id?: Int64Input;
  /** 推广组id */
  adgroup_id?: Int64Input;
  /** 起始时间 */
  start_time: string;
  /** 终止时间 ,必须小于今天 */
  end_time: string;
  /** 页面大小 */
  page_size?: Int64Input;
  /** 页码 */
  page_number?: Int64Input;
}

/** Response of `taobao.simba.rpt.targetingtageffect.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaRptTargetingtageffectGetResponse {
  /** 效果数据 */
  results?: TaobaoSimbaRptTargetingtageffectGetRptEffectEntityDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RptEffectEntityDTO` of `taobao.simba.rpt.targetingtageffect.get`. */
export interface TaobaoSimbaRptTargetingtageffectGetRptEffectEntityDTO {
  /** 日期 */
  thedate?: string;
  /** 计划id */
  campaignid?: string;
  /** 推广组id */
  adgroupid?: string;
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
  /** 人群名称 */
  crowdname?: string;
  /** 流量来源，设备和网络，包含值：PC站内，PC站外,移动站内，移动站外 */
  source?: string;
  /** 人群id */
  crowdid?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
  adgroup_id: 'Number',
  start_time: 'String',
  end_time: 'String',
  page_size: 'Number',
  page_number: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      thedate: 'String',
      campaignid: 'String',
      adgroupid: 'String',
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
      crowdname: 'String',
      source: 'String',
      crowdid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.rpt.targetingtageffect.get`: method, response root, request and response schemas. */
export const taobaoSimbaRptTargetingtageffectGetOperation = {
  method: 'taobao.simba.rpt.targetingtageffect.get',
  responseRoot: 'simba_rpt_targetingtageffect_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取定向效果报表数据 — calls TOP method `taobao.simba.rpt.targetingtageffect.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaRptTargetingtageffectGet(
  client: TopClient,
  request: TaobaoSimbaRptTargetingtageffectGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaRptTargetingtageffectGetResponse> {
  return client.call<TaobaoSimbaRptTargetingtageffectGetResponse>(
    {
      method: 'taobao.simba.rpt.targetingtageffect.get',
      responseRoot: 'simba_rpt_targetingtageffect_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

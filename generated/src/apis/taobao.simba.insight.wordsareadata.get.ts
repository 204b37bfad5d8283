// Generated from specs/simba/taobao.simba.insight.wordsareadata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.wordsareadata.get` (获取关键词按地域进行细分的数据). */
export interface TaobaoSimbaInsightWordsareadataGetRequest {
  /** 关键词 */
  bidword: string;
  /** 开始时间，格式：yyyy-MM-dd */
  start_date: string;
  /** 结束时间，格式：yyyy-MM-dd */
  end_date: string;
}

/** Response of `taobao.simba.insight.wordsareadata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightWordsareadataGetResponse {
  /** 地域细分数据 */
  word_areadata_list?: TaobaoSimbaInsightWordsareadataGetInsightWordsAreaDistributeDataDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightWordsAreaDistributeDataDTO` of `taobao.simba.insight.wordsareadata.get`. */
export interface TaobaoSimbaInsightWordsareadataGetInsightWordsAreaDistributeDataDTO {
  /** 展现量 */
  impression?: Int64;
  /** 间接成交金额 */
  indirecttransaction?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 花费，单位（分） */
  cost?: Int64;
  /** 直接成交金额 */
  directtransaction?: Int64;
  /** 宝贝搜藏数 */
  favitemtotal?: Int64;
  /** 省名称 */
  provincename?: string;
  /** 总的成交笔数 */
  transactionshippingtotal?: Int64;
  /** 点击转化率 */
  coverage?: string;
  /** 平均点击花费 */
  cpc?: string;
  /** 总的收藏数，包括宝贝收藏和店铺收藏 */
  favtotal?: Int64;
  /** 投入产出比 */
  roi?: string;
  /** 成交总金额 */
  transactiontotal?: Int64;
  /** 间接成交笔数 */
  indirecttransactionshipping?: Int64;
  /** 市名称 */
  cityname?: string;
  /** 关键词 */
  bidword?: string;
  /** 直接成交笔数 */
  directtransactionshipping?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 店铺搜藏数 */
  favshoptotal?: Int64;
  /** 竞争度 */
  competition?: Int64;
}

const REQUEST_SCHEMA = {
  bidword: 'String',
  start_date: 'String',
  end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  word_areadata_list: [
    {
      impression: 'Number',
      indirecttransaction: 'Number',
      click: 'Number',
      cost: 'Number',
      directtransaction: 'Number',
      favitemtotal: 'Number',
      provincename: 'String',
      transactionshippingtotal: 'Number',
      coverage: 'String',
      cpc: 'String',
      favtotal: 'Number',
      roi: 'String',
      transactiontotal: 'Number',
      indirecttransactionshipping: 'Number',
      cityname: 'String',
      bidword: 'String',
      directtransactionshipping: 'Number',
      ctr: 'String',
      favshoptotal: 'Number',
      competition: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.wordsareadata.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightWordsareadataGetOperation = {
  method: 'taobao.simba.insight.wordsareadata.get',
  responseRoot: 'simba_insight_wordsareadata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取关键词按地域进行细分的数据 — calls TOP method `taobao.simba.insight.wordsareadata.get`.
 *
 * 获取关键词按地域细分的详细数据，目前地域只能细化到省级别，返回的结果中包括市，是为了方便以后扩展，目前结果中市的值等于省。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightWordsareadataGet(
  client: TopClient,
  request: TaobaoSimbaInsightWordsareadataGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightWordsareadataGetResponse> {
  return client.call<TaobaoSimbaInsightWordsareadataGetResponse>(
    {
      method: 'taobao.simba.insight.wordsareadata.get',
      responseRoot: 'simba_insight_wordsareadata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

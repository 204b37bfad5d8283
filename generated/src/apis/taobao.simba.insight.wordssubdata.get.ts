// Generated from specs/simba/taobao.simba.insight.wordssubdata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.wordssubdata.get` (获取关键词按流量细分的数据). */
export interface TaobaoSimbaInsightWordssubdataGetRequest {
  /**
   * 关键词列表
   *
   * Max list size: 100
   */
  bidword_list: string[];
  /** 开始时间 */
  start_date: string;
  /** 结束时间 */
  end_date: string;
}

/** Response of `taobao.simba.insight.wordssubdata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightWordssubdataGetResponse {
  /** 关键词按流量细分的数据 */
  word_subdata_list?: TaobaoSimbaInsightWordssubdataGetInsightWordSubDataDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightWordSubDataDTO` of `taobao.simba.insight.wordssubdata.get`. */
export interface TaobaoSimbaInsightWordssubdataGetInsightWordSubDataDTO {
  /** 展现量 */
  impression?: Int64;
  /** 间接成交金额 */
  indirecttransaction?: Int64;
  /** 投放机制:0:关键词推广 2：定向推广 3：通用定向 */
  mechanism?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 花费，单位（分） */
  cost?: Int64;
  /** 流量来源：1:PC站内，2：PC站外,4:无线站内 5：无线站外 */
  network?: Int64;
  /** 直接成交金额 */
  directtransaction?: Int64;
  /** 宝贝搜藏数 */
  favitemtotal?: Int64;
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
  bidword_list: ['String'],
  start_date: 'String',
  end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  word_subdata_list: [
    {
      impression: 'Number',
      indirecttransaction: 'Number',
      mechanism: 'Number',
      click: 'Number',
      cost: 'Number',
      network: 'Number',
      directtransaction: 'Number',
      favitemtotal: 'Number',
      transactionshippingtotal: 'Number',
      coverage: 'String',
      cpc: 'String',
      favtotal: 'Number',
      roi: 'String',
      transactiontotal: 'Number',
      indirecttransactionshipping: 'Number',
      bidword: 'String',
      directtransactionshipping: 'Number',
      ctr: 'String',
      favshoptotal: 'Number',
      competition: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.wordssubdata.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightWordssubdataGetOperation = {
  method: 'taobao.simba.insight.wordssubdata.get',
  responseRoot: 'simba_insight_wordssubdata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取关键词按流量细分的数据 — calls TOP method `taobao.simba.insight.wordssubdata.get`.
 *
 * 获取关键词按流量进行细分的数据，返回结果中network表示流量的来源，意义如下：1->PC站内，2->PC站外,4->无线站内 5->无线站外
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightWordssubdataGet(
  client: TopClient,
  request: TaobaoSimbaInsightWordssubdataGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightWordssubdataGetResponse> {
  return client.call<TaobaoSimbaInsightWordssubdataGetResponse>(
    {
      method: 'taobao.simba.insight.wordssubdata.get',
      responseRoot: 'simba_insight_wordssubdata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.insight.catstopwordnew.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.catstopwordnew.get` (获取类目下最热门的词). */
export interface TaobaoSimbaInsightCatstopwordnewGetRequest {
  /** 类目id */
  cat_id: string;
  /** 查询开始时间，格式必须为：yyyy-MM-dd */
  start_date: string;
  /** 查询截止时间，格式只能是：yyyy-MM-dd */
  end_date: string;
  /** 表示查询的维度，比如选择click，则查询该类目下点击量最大的词，可供选择的值有：impression, click, cost, ctr, cpc, coverage, transactiontotal, transactionshippingtotal, favtotal, roi */
  dimension: string;
  /** 返回前多少条数据 */
  page_size: Int64Input;
}

/** Response of `taobao.simba.insight.catstopwordnew.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightCatstopwordnewGetResponse {
  /** 类目下热门词详细数据 */
  topword_data_list?: TaobaoSimbaInsightCatstopwordnewGetInsightWordDataUnderCatDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightWordDataUnderCatDTO` of `taobao.simba.insight.catstopwordnew.get`. */
export interface TaobaoSimbaInsightCatstopwordnewGetInsightWordDataUnderCatDTO {
  /** 展现量 */
  impression?: Int64;
  /** 间接成交金额 */
  indirecttransaction?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 花费，单位（分） */
  cost?: Int64;
  /** 类目名称 */
  cat_name?: string;
  /** 直接成交金额 */
  directtransaction?: Int64;
  /** 宝贝搜藏数 */
  favitemtotal?: Int64;
  /** 类目id */
  cat_id?: Int64;
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
  cat_id: 'String',
  start_date: 'String',
  end_date: 'String',
  dimension: 'String',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  topword_data_list: [
    {
      impression: 'Number',
      indirecttransaction: 'Number',
      click: 'Number',
      cost: 'Number',
      cat_name: 'String',
      directtransaction: 'Number',
      favitemtotal: 'Number',
      cat_id: 'Number',
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

/** Static description of `taobao.simba.insight.catstopwordnew.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightCatstopwordnewGetOperation = {
  method: 'taobao.simba.insight.catstopwordnew.get',
  responseRoot: 'simba_insight_catstopwordnew_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取类目下最热门的词 — calls TOP method `taobao.simba.insight.catstopwordnew.get`.
 *
 * 按照某个维度，查询某个类目下最热门的词，维度有点击，展现，花费，点击率等，具体可以按哪些字段进行排序，参考参数说明，比如选择了impression，则返回该类目下展现量最高那几个词。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightCatstopwordnewGet(
  client: TopClient,
  request: TaobaoSimbaInsightCatstopwordnewGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightCatstopwordnewGetResponse> {
  return client.call<TaobaoSimbaInsightCatstopwordnewGetResponse>(
    {
      method: 'taobao.simba.insight.catstopwordnew.get',
      responseRoot: 'simba_insight_catstopwordnew_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/simba/taobao.simba.insight.catsworddata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.catsworddata.get` (获取类目下关键词的数据). */
export interface TaobaoSimbaInsightCatsworddataGetRequest {
  /** 类目id */
  cat_id: string;
  /**
   * 需要查询的关键词列表，最大长度100。
   *
   * Max list size: 100
   */
  bidword_list: string[];
  /** 开始时间，格式只能为：yyyy-MM-dd */
  start_date: string;
  /** 结束时间，格式只能为：yyyy-MM-dd */
  end_date: string;
}

/** Response of `taobao.simba.insight.catsworddata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightCatsworddataGetResponse {
  /** 关键词在类目下的数据 */
  catword_data_list?: TaobaoSimbaInsightCatsworddataGetInsightWordDataUnderCatDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightWordDataUnderCatDTO` of `taobao.simba.insight.catsworddata.get`. */
export interface TaobaoSimbaInsightCatsworddataGetInsightWordDataUnderCatDTO {
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
  bidword_list: ['String'],
  start_date: 'String',
  end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  catword_data_list: [
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

/** Static description of `taobao.simba.insight.catsworddata.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightCatsworddataGetOperation = {
  method: 'taobao.simba.insight.catsworddata.get',
  responseRoot: 'simba_insight_catsworddata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取类目下关键词的数据 — calls TOP method `taobao.simba.insight.catsworddata.get`.
 *
 * 获取给定词在给定类目下的详细数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightCatsworddataGet(
  client: TopClient,
  request: TaobaoSimbaInsightCatsworddataGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightCatsworddataGetResponse> {
  return client.call<TaobaoSimbaInsightCatsworddataGetResponse>(
    {
      method: 'taobao.simba.insight.catsworddata.get',
      responseRoot: 'simba_insight_catsworddata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

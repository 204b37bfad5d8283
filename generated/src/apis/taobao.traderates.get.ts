// Generated from specs/traderate/taobao.traderates.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.traderates.get` (搜索评价信息). */
export interface TaobaoTraderatesGetRequest {
  /**
   * 需返回的字段列表。可选值：TradeRate 结构中的所有字段，多个字段之间用“,”分隔
   *
   * Max list size: 20
   */
  fields: string[];
  /** 评价类型。可选值:get(得到),give(给出) */
  rate_type: string;
  /** 评价者角色即评价的发起方。可选值:seller(卖家),buyer(买家)。 当 give buyer 以买家身份给卖家的评价； 当 get seller 以买家身份得到卖家给的评价； 当 give seller 以卖家身份给买家的评价； 当 get buyer 以卖家身份得到买家给的评价。 */
  role: string;
  /** 评价结果。可选值:good(好评),neutral(中评),bad(差评) */
  result?: string;
  /** 页码。取值范围:大于零的整数最大限制为200; 默认值:1 */
  page_no?: Int64Input;
  /** 每页获取条数。默认值40，最小值1，最大值150。 */
  page_size?: Int64Input;
  /** 评价开始时。如果只输入开始时间，那么能返回开始时间之后的评价数据。 */
  start_date?: DateInput;
  /** 评价结束时间。如果只输入结束时间，那么全部返回所有评价数据。 */
  end_date?: DateInput;
  /** 交易订单id，可以是父订单id号，也可以是子订单id号 */
  tid?: Int64Input;
  /** 是否启用has_next的分页方式，如果指定true,则返回的结果中不包含总记录数，但是会新增一个是否存在下一页的的字段，通过此种方式获取评价信息，效率在原有的基础上有80%的提升。 */
  use_has_next?: boolean;
  /** 商品的数字ID */
  num_iid?: Int64Input;
  /** ouid */
  ouid?: string;
}

/** Response of `taobao.traderates.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTraderatesGetResponse {
  /** 搜索到的评价总数。相同的查询时间段条件下，最大只能获取总共1500条评价记录。所以当评价大于等于1500时 ISV可以通过start_date及end_date来进行拆分，以保证可以查询到全部数据 */
  total_results?: Int64;
  /** 当使用use_has_next时返回信息，如果还有下一页则返回true */
  has_next?: boolean;
  /** 评价列表。返回的TradeRate包含的具体信息为入参fields请求的字段信息 */
  trade_rates?: TaobaoTraderatesGetResults[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Results` of `taobao.traderates.get`. */
export interface TaobaoTraderatesGetResults {
  /** 交易ID */
  tid?: Int64;
  /** 子订单ID */
  oid?: Int64;
  /** 评价者角色.可选值:seller(卖家),buyer(买家) */
  role?: string;
  /** 评价者昵称 */
  nick?: string;
  /** 评价结果,可选值:good(好评),neutral(中评),bad(差评) */
  result?: string;
  /** 评价创建时间,格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 被评价者昵称 */
  rated_nick?: string;
  /** 商品标题 */
  item_title?: string;
  /** 商品价格,精确到2位小数;单位:元.如:200.07，表示:200元7分 */
  item_price?: string;
  /** 评价内容,最大长度:500个汉字 */
  content?: string;
  /** 评价解释,最大长度:500个汉字 */
  reply?: string;
  /**
   * 评价信息是否用于记分，
   * 可取值：true(参与记分)和false(不参与记分)
   */
  valid_score?: boolean;
  /** 商品的数字ID */
  num_iid?: Int64;
  /** 物流服务评分 */
  logistics_service_score?: Int64;
  /** ouid */
  ouid?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  rate_type: 'String',
  role: 'String',
  result: 'String',
  page_no: 'Number',
  page_size: 'Number',
  start_date: 'Date',
  end_date: 'Date',
  tid: 'Number',
  use_has_next: 'Boolean',
  num_iid: 'Number',
  ouid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  has_next: 'Boolean',
  trade_rates: [
    {
      tid: 'Number',
      oid: 'Number',
      role: 'String',
      nick: 'String',
      result: 'String',
      created: 'Date',
      rated_nick: 'String',
      item_title: 'String',
      item_price: 'String',
      content: 'String',
      reply: 'String',
      valid_score: 'Boolean',
      num_iid: 'Number',
      logistics_service_score: 'Number',
      ouid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.traderates.get`: method, response root, request and response schemas. */
export const taobaoTraderatesGetOperation = {
  method: 'taobao.traderates.get',
  responseRoot: 'traderates_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索评价信息 — calls TOP method `taobao.traderates.get`.
 *
 * 搜索评价信息，只能获取距今180天内的评价记录(只支持查询卖家给出或得到的评价)。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTraderatesGet(
  client: TopClient,
  request: TaobaoTraderatesGetRequest,
  options?: CallOptions,
): Promise<TaobaoTraderatesGetResponse> {
  return client.call<TaobaoTraderatesGetResponse>(
    {
      method: 'taobao.traderates.get',
      responseRoot: 'traderates_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

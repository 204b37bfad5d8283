// Generated from specs/jst/taobao.oc.tradetags.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.tradetags.get` (根据订单查询订单标签). */
export interface TaobaoOcTradetagsGetRequest {
  /** 是否查询历史标签 */
  history?: Int64Input;
  /** 交易主订单id */
  tid: Int64Input;
  /**
   * 不填，则默认只查询1,2。1为官方标，2为自定义标，3为主站只读标签
   *
   * Max list size: 20
   */
  tag_types?: string[];
  /**
   * 不填，则不做标签名称过滤
   *
   * Max list size: 20
   */
  tag_names?: string[];
}

/** Response of `taobao.oc.tradetags.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcTradetagsGetResponse {
  /** 返回结果 */
  trade_tags?: TaobaoOcTradetagsGetTradeTagRelationDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeTagRelationDo` of `taobao.oc.tradetags.get`. */
export interface TaobaoOcTradetagsGetTradeTagRelationDo {
  /** 订单标签记录id */
  id?: Int64;
  /** 订单id */
  tid?: Int64;
  /** 标签名称 */
  tag_name?: string;
  /** 标签类型 1：官方标签 2：自定义标签 3：主站只读标签 */
  tag_type?: Int64;
  /** 标签值，json格式 */
  tag_value?: string;
  /** 记录的创建时间 */
  gmt_created?: string;
  /** 记录的最新修改时间 */
  gmt_modified?: string;
  /** 该标签在消费者端是否显示,0:不显示,1：显示 */
  visible?: Int64;
  /** 该标签操作的历史记录 */
  history_trade_tag_relations?: TaobaoOcTradetagsGetHistoryTradeRelationDo[];
}

/** `HistoryTradeRelationDo` of `taobao.oc.tradetags.get`. */
export interface TaobaoOcTradetagsGetHistoryTradeRelationDo {
  /** 订单标签记录id */
  id?: Int64;
  /** 订单id */
  tid?: Int64;
  /** 标签名称 */
  tag_name?: string;
  /** 标签类型 1：官方标签 2：自定义标签 */
  tag_type?: Int64;
  /** 标签值，json格式 */
  tag_value?: string;
  /** 记录的创建时间 */
  gmt_created?: string;
  /** 记录的最新修改时间 */
  gmt_modified?: string;
  /** 该标签在消费者端是否显示,0:不显示,1：显示 */
  visible?: Int64;
}

const REQUEST_SCHEMA = {
  history: 'Number',
  tid: 'Number',
  tag_types: ['String'],
  tag_names: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade_tags: [
    {
      id: 'Number',
      tid: 'Number',
      tag_name: 'String',
      tag_type: 'Number',
      tag_value: 'String',
      gmt_created: 'Date',
      gmt_modified: 'Date',
      visible: 'Number',
      history_trade_tag_relations: [
        {
          id: 'Number',
          tid: 'Number',
          tag_name: 'String',
          tag_type: 'Number',
          tag_value: 'String',
          gmt_created: 'Date',
          gmt_modified: 'Date',
          visible: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.tradetags.get`: method, response root, request and response schemas. */
export const taobaoOcTradetagsGetOperation = {
  method: 'taobao.oc.tradetags.get',
  responseRoot: 'oc_tradetags_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据订单查询订单标签 — calls TOP method `taobao.oc.tradetags.get`.
 *
 * 根据订单查询订单标签。
 *
 * 返回的tag说明:1为官方标，2为自定义标，3为主站只读标签。
 *
 * 官方标签和自定义标签请看taobao.oc.tradetag.attach 接口说明
 *
 * 主站只读标签请看:http://open.taobao.com/doc/detail.htm?id=102865
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcTradetagsGet(
  client: TopClient,
  request: TaobaoOcTradetagsGetRequest,
  options?: CallOptions,
): Promise<TaobaoOcTradetagsGetResponse> {
  return client.call<TaobaoOcTradetagsGetResponse>(
    {
      method: 'taobao.oc.tradetags.get',
      responseRoot: 'oc_tradetags_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

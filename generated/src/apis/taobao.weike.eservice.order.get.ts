// Generated from specs/servicecenter/taobao.weike.eservice.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weike.eservice.order.get` (客服外包订单查询). */
export interface TaobaoWeikeEserviceOrderGetRequest {
  /** 订单服务开始日期 */
  start_date?: DateInput;
  /** 订单是否可以排班 */
  scheduling_state?: boolean;
  /** 商家昵称 */
  seller_nick?: string;
  /** 每页记录数（默认20，最大不超过20） */
  page_size?: Int64Input;
  /** 订单服务结束日期 */
  end_date?: DateInput;
  /**
   * 订单ID列表，最大不超过20个（这个参数指定后，其它过滤条件失效）
   *
   * Max list size: 20
   */
  order_id_list?: Int64Input[];
  /** 页码（默认为1） */
  page_num?: Int64Input;
}

/** Response of `taobao.weike.eservice.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeikeEserviceOrderGetResponse {
  /** 记录总记录数 */
  total_size?: Int64;
  /** 订单列表 */
  order_list?: TaobaoWeikeEserviceOrderGetOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Order` of `taobao.weike.eservice.order.get`. */
export interface TaobaoWeikeEserviceOrderGetOrder {
  /** 订单ID */
  order_id?: Int64;
  /** 商家昵称 */
  seller_nick?: string;
  /** 订单是否可以排班 */
  scheduling_state?: boolean;
  /** 起始日期（订单未付款前可能为空） */
  start_date?: string;
  /** 结束日期（订单未付款前可能为空） */
  end_date?: string;
}

const REQUEST_SCHEMA = {
  start_date: 'Date',
  scheduling_state: 'Boolean',
  seller_nick: 'String',
  page_size: 'Number',
  end_date: 'Date',
  order_id_list: ['Number'],
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_size: 'Number',
  order_list: [
    {
      order_id: 'Number',
      seller_nick: 'String',
      scheduling_state: 'Boolean',
      start_date: 'Date',
      end_date: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.weike.eservice.order.get`: method, response root, request and response schemas. */
export const taobaoWeikeEserviceOrderGetOperation = {
  method: 'taobao.weike.eservice.order.get',
  responseRoot: 'weike_eservice_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客服外包订单查询 — calls TOP method `taobao.weike.eservice.order.get`.
 *
 * 用于客服外包中服务商查询订单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeikeEserviceOrderGet(
  client: TopClient,
  request: TaobaoWeikeEserviceOrderGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWeikeEserviceOrderGetResponse> {
  return client.call<TaobaoWeikeEserviceOrderGetResponse>(
    {
      method: 'taobao.weike.eservice.order.get',
      responseRoot: 'weike_eservice_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

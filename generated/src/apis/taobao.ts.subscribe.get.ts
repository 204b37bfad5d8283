// Generated from specs/qt/taobao.ts.subscribe.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ts.subscribe.get` (淘宝服务订购关系查询). */
export interface TaobaoTsSubscribeGetRequest {
  /**
   * 服务收费项code
   *
   * Max length: 64
   */
  servcie_item_code: string;
  /**
   * 订购用户昵称
   *
   * Max length: 32
   */
  nick: string;
}

/** Response of `taobao.ts.subscribe.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTsSubscribeGetResponse {
  /** 订购关系对象 */
  service_subscribe?: TaobaoTsSubscribeGetServiceSubscribe;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceSubscribe` of `taobao.ts.subscribe.get`. */
export interface TaobaoTsSubscribeGetServiceSubscribe {
  /** 服务收费项code */
  service_item_code?: string;
  /** 订购者昵称 */
  nick?: string;
  /** 订购总数 */
  all_num?: Int64;
  /** 已经使用的数量 */
  used_num?: Int64;
  /** 过期时间 */
  gmt_expiry?: string;
  /** 将要被使用的那条质检订单的价格 */
  future_price?: string;
  /** 将要被消耗的质检订单ID */
  future_sub_id?: Int64;
  /** 该用户该收费项目下面的所有的订购记录详情 */
  usage_detail_list?: TaobaoTsSubscribeGetQualityUsageDetail[];
  /** 可用数量 */
  avaliable_num?: Int64;
}

/** `QualityUsageDetail` of `taobao.ts.subscribe.get`. */
export interface TaobaoTsSubscribeGetQualityUsageDetail {
  /** 订购ID */
  sub_id?: Int64;
  /** 用户ID */
  user_id?: Int64;
  /** 该订单订购的数量 */
  purchas_amount?: Int64;
  /** 该订单已经使用的数量 */
  application_amount?: Int64;
  /** 该订单中尚未使用的数量 */
  available_amount?: Int64;
  /** 质检服务的收费项目码 */
  article_item_code?: string;
  /** 该订单中每个质检服务的价格 */
  price?: string;
  /** 该订单的开通时间 */
  start_date?: string;
  /** 该订单的到期时间 */
  end_date?: string;
}

const REQUEST_SCHEMA = {
  servcie_item_code: 'String',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_subscribe: {
    service_item_code: 'String',
    nick: 'String',
    all_num: 'Number',
    used_num: 'Number',
    gmt_expiry: 'Date',
    future_price: 'String',
    future_sub_id: 'Number',
    usage_detail_list: [
      {
        sub_id: 'Number',
        user_id: 'Number',
        purchas_amount: 'Number',
        application_amount: 'Number',
        available_amount: 'Number',
        article_item_code: 'String',
        price: 'String',
        start_date: 'Date',
        end_date: 'Date',
      },
    ],
    avaliable_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ts.subscribe.get`: method, response root, request and response schemas. */
export const taobaoTsSubscribeGetOperation = {
  method: 'taobao.ts.subscribe.get',
  responseRoot: 'ts_subscribe_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝服务订购关系查询 — calls TOP method `taobao.ts.subscribe.get`.
 *
 * ts订购关系状态查询. 暂只支持1口价服务.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTsSubscribeGet(
  client: TopClient,
  request: TaobaoTsSubscribeGetRequest,
  options?: CallOptions,
): Promise<TaobaoTsSubscribeGetResponse> {
  return client.call<TaobaoTsSubscribeGetResponse>(
    {
      method: 'taobao.ts.subscribe.get',
      responseRoot: 'ts_subscribe_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

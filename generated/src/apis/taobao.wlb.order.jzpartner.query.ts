// Generated from specs/wlb/taobao.wlb.order.jzpartner.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.order.jzpartner.query` (查询家装服务商列表). */
export interface TaobaoWlbOrderJzpartnerQueryRequest {
  /** 淘宝交易订单号，如果不填写Tid则必须填写serviceType。如果填写Tid，则表明只需要查询对应订单的服务商。 */
  taobao_trade_id?: Int64Input;
  /** serviceType表示查询所有的支持服务类型的服务商。 家装干线服务 11 家装干支服务 12 家装干支装服务 13 卫浴大件干线 14 卫浴大件干支 15 卫浴大件安装 16 地板干线 17 地板干支 18 地板安装 19 灯具安装 20 卫浴小件安装 21 （注：同一个服务商针对不同类型的serviceType是具有不同的tpCode的） */
  service_type?: Int64Input;
}

/** Response of `taobao.wlb.order.jzpartner.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderJzpartnerQueryResponse {
  /** 安装服务商列表 */
  install_list?: TaobaoWlbOrderJzpartnerQueryPartner[];
  /** 物流配送服务商对象列表 */
  server_list?: TaobaoWlbOrderJzpartnerQueryPartner[];
  /** 接口查询成功或者失败 */
  is_success?: boolean;
  /** 查询返回信息，如果失败，存储错误信息 */
  result_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Partner` of `taobao.wlb.order.jzpartner.query`. */
export interface TaobaoWlbOrderJzpartnerQueryPartner {
  /** 是否虚拟物流商 */
  is_virtual_tp?: boolean;
  /** 服务类型 */
  service_type?: Int64;
  /** 物流商名称 */
  tp_name?: string;
  /** 物流商编码 */
  tp_code?: string;
}

const REQUEST_SCHEMA = {
  taobao_trade_id: 'Number',
  service_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  install_list: [
    {
      is_virtual_tp: 'Boolean',
      service_type: 'Number',
      tp_name: 'String',
      tp_code: 'String',
    },
  ],
  server_list: [
    {
      is_virtual_tp: 'Boolean',
      service_type: 'Number',
      tp_name: 'String',
      tp_code: 'String',
    },
  ],
  is_success: 'Boolean',
  result_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.order.jzpartner.query`: method, response root, request and response schemas. */
export const taobaoWlbOrderJzpartnerQueryOperation = {
  method: 'taobao.wlb.order.jzpartner.query',
  responseRoot: 'wlb_order_jzpartner_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询家装服务商列表 — calls TOP method `taobao.wlb.order.jzpartner.query`.
 *
 * 为支持家装类目的商家，对绑定家装物流服务的订单可以在商家的ERP中发货、批量发货，因此开发根据服务类型查询所有的服务商列表的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderJzpartnerQuery(
  client: TopClient,
  request: TaobaoWlbOrderJzpartnerQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbOrderJzpartnerQueryResponse> {
  return client.call<TaobaoWlbOrderJzpartnerQueryResponse>(
    {
      method: 'taobao.wlb.order.jzpartner.query',
      responseRoot: 'wlb_order_jzpartner_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

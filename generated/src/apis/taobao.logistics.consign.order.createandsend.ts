// Generated from specs/tblogistics/taobao.logistics.consign.order.createandsend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.consign.order.createandsend` (创建订单并发货). */
export interface TaobaoLogisticsConsignOrderCreateandsendRequest {
  /** 发件人街道地址 */
  s_address: string;
  /** 市 */
  s_city_name: string;
  /** 发件人名称 */
  s_name: string;
  /** 省 */
  s_prov_name: string;
  /** 区 */
  s_dist_name?: string;
  /** 发件人区域ID */
  s_area_id: Int64Input;
  /** 电话号码 */
  s_telephone?: string;
  /** 手机号码 */
  s_mobile_phone?: string;
  /** 发件人出编 */
  s_zip_code: string;
  /** 物流公司ID */
  company_id: Int64Input;
  /** 电话号码 */
  r_telephone?: string;
  /** 省 */
  r_prov_name: string;
  /** 收件人街道地址 */
  r_address: string;
  /** 市 */
  r_city_name: string;
  /** 手机号码 */
  r_mobile_phone?: string;
  /** 区 */
  r_dist_name?: string;
  /** 收件人邮编 */
  r_zip_code: string;
  /** 收件人名称 */
  r_name: string;
  /** 收件人区域ID */
  r_area_id: Int64Input;
  /** 交易流水号，淘外订单号或者商家内部交易流水号 */
  trade_id: Int64Input;
  /** 运单号 */
  mail_no?: string;
  /** 订单来源，值选择：30 */
  order_source: Int64Input;
  /** 用户ID */
  user_id: Int64Input;
  /** 物流订单物流类型，值固定选择：2 */
  logis_type: Int64Input;
  /** 订单类型，值固定选择：30 */
  order_type: Int64Input;
  /** 费用承担方式 1买家承担运费 2卖家承担运费 */
  shipping?: string;
  /** 物品的json数据。 */
  item_json_string: string;
}

/** Response of `taobao.logistics.consign.order.createandsend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsConsignOrderCreateandsendResponse {
  /** 结果描述 */
  result_desc?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 订单ID */
  order_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  s_address: 'String',
  s_city_name: 'String',
  s_name: 'String',
  s_prov_name: 'String',
  s_dist_name: 'String',
  s_area_id: 'Number',
  s_telephone: 'String',
  s_mobile_phone: 'String',
  s_zip_code: 'String',
  company_id: 'Number',
  r_telephone: 'String',
  r_prov_name: 'String',
  r_address: 'String',
  r_city_name: 'String',
  r_mobile_phone: 'String',
  r_dist_name: 'String',
  r_zip_code: 'String',
  r_name: 'String',
  r_area_id: 'Number',
  trade_id: 'Number',
  mail_no: 'String',
  order_source: 'Number',
  user_id: 'Number',
  logis_type: 'Number',
  order_type: 'Number',
  shipping: 'String',
  item_json_string: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_desc: 'String',
  is_success: 'Boolean',
  order_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.consign.order.createandsend`: method, response root, request and response schemas. */
export const taobaoLogisticsConsignOrderCreateandsendOperation = {
  method: 'taobao.logistics.consign.order.createandsend',
  responseRoot: 'logistics_consign_order_createandsend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建订单并发货 — calls TOP method `taobao.logistics.consign.order.createandsend`.
 *
 * 创建物流订单，并发货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsConsignOrderCreateandsend(
  client: TopClient,
  request: TaobaoLogisticsConsignOrderCreateandsendRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsConsignOrderCreateandsendResponse> {
  return client.call<TaobaoLogisticsConsignOrderCreateandsendResponse>(
    {
      method: 'taobao.logistics.consign.order.createandsend',
      responseRoot: 'logistics_consign_order_createandsend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

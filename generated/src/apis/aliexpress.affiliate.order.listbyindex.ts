// Generated from specs/aedata/aliexpress.affiliate.order.listbyindex.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.order.listbyindex` (AE联盟推广者订单查询接口-按游标索引查询). */
export interface AliexpressAffiliateOrderListbyindexRequest {
  /** 开始时间 */
  start_time: string;
  /** 查询索引开始值：若不传，则只能查第一页 */
  start_query_index_id?: string;
  /** 结束时间 */
  end_time: string;
  /** 订单状态:Payment Completed,Buyer Confirmed Receipt */
  status: string;
  /** 每页记录数 */
  page_size?: Int64Input;
  /** 返回的字段信息 */
  fields?: string;
  /** 安全签名 */
  app_signature?: string;
}

/** Response of `aliexpress.affiliate.order.listbyindex`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateOrderListbyindexResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateOrderListbyindexResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.affiliate.order.listbyindex`. */
export interface AliexpressAffiliateOrderListbyindexResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回状态描述信息 */
  resp_msg?: string;
  /** 返回结果明细 */
  result?: AliexpressAffiliateOrderListbyindexTrafficOrderResultDto;
}

/** `TrafficOrderResultDto` of `aliexpress.affiliate.order.listbyindex`. */
export interface AliexpressAffiliateOrderListbyindexTrafficOrderResultDto {
  /** 当前页记录条数 */
  current_record_count?: Int64;
  /** 订单列表 */
  orders?: AliexpressAffiliateOrderListbyindexOrder[];
  /** 当前返回记录的最大游标ID */
  max_query_index_id?: string;
  /** 当前返回记录的最小游标ID */
  min_query_index_id?: string;
}

/** `Order` of `aliexpress.affiliate.order.listbyindex`. */
export interface AliexpressAffiliateOrderListbyindexOrder {
  /** 订单ID */
  order_id?: Int64;
  /** 子订单ID */
  sub_order_id?: Int64;
  /** trackingId */
  tracking_id?: string;
  /** 类目ID */
  category_id?: Int64;
  /** 是否爆品:Y或者N */
  is_hot_product?: string;
  /** FullRefund:订单全额退款，Antispam: 订单作弊 */
  effect_detail_status?: string;
  /** 激励佣金率 */
  incentive_commission_rate?: string;
  /** 激励订单支付时的预计佣金 */
  estimated_incentive_paid_commission?: Int64;
  /** 激励订单完成时的预计佣金 */
  estimated_incentive_finished_commission?: Int64;
  /** 是否为联盟商品:Y或者N */
  is_affiliate_product?: string;
  /** 国家标：global、ru_site、es_site、it_site */
  order_type?: string;
  /** 订单状态:Payment Completed,Buyer Confirmed Receipt */
  order_status?: string;
  /** 订单创建时间 */
  created_time?: string;
  /** 佣金率 */
  commission_rate?: string;
  /** 订单支付完成金额 */
  paid_amount?: Int64;
  /** 订单支付完成时间 */
  paid_time?: string;
  /** 订单支付时的预计佣金 */
  estimated_paid_commission?: Int64;
  /** 订单完成金额 */
  finished_amount?: Int64;
  /** 订单完成时间 */
  finished_time?: string;
  /** 订单完成时的预计佣金 */
  estimated_finished_commission?: Int64;
  /** 是否新买家 */
  is_new_buyer?: string;
  /** 推广者结算币种 */
  settled_currency?: string;
  /** 自定义参数(JSON格式） */
  custom_parameters?: string;
  /** 新买家奖励佣金 */
  new_buyer_bonus_commission?: Int64;
  /** 商品ID */
  product_id?: Int64;
  /** 商品标题 */
  product_title?: string;
  /** 商品DetailUrl */
  product_detail_url?: string;
  /** 商品主图Url */
  product_main_image_url?: string;
  /** 下单商品数量 */
  product_count?: Int64;
  /** 物流国家 */
  ship_to_country?: string;
}

const REQUEST_SCHEMA = {
  start_time: 'String',
  start_query_index_id: 'String',
  end_time: 'String',
  status: 'String',
  page_size: 'Number',
  fields: 'String',
  app_signature: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: {
    resp_code: 'Number',
    resp_msg: 'String',
    result: {
      current_record_count: 'Number',
      orders: [
        {
          order_id: 'Number',
          sub_order_id: 'Number',
          tracking_id: 'String',
          category_id: 'Number',
          is_hot_product: 'String',
          effect_detail_status: 'String',
          incentive_commission_rate: 'String',
          estimated_incentive_paid_commission: 'Number',
          estimated_incentive_finished_commission: 'Number',
          is_affiliate_product: 'String',
          order_type: 'String',
          order_status: 'String',
          created_time: 'String',
          commission_rate: 'String',
          paid_amount: 'Number',
          paid_time: 'String',
          estimated_paid_commission: 'Number',
          finished_amount: 'Number',
          finished_time: 'String',
          estimated_finished_commission: 'Number',
          is_new_buyer: 'String',
          settled_currency: 'String',
          custom_parameters: 'String',
          new_buyer_bonus_commission: 'Number',
          product_id: 'Number',
          product_title: 'String',
          product_detail_url: 'String',
          product_main_image_url: 'String',
          product_count: 'Number',
          ship_to_country: 'String',
        },
      ],
      max_query_index_id: 'String',
      min_query_index_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.order.listbyindex`: method, response root, request and response schemas. */
export const aliexpressAffiliateOrderListbyindexOperation = {
  method: 'aliexpress.affiliate.order.listbyindex',
  responseRoot: 'aliexpress_affiliate_order_listbyindex_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AE联盟推广者订单查询接口-按游标索引查询 — calls TOP method `aliexpress.affiliate.order.listbyindex`.
 *
 * AE联盟推广者订单按游标查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateOrderListbyindex(
  client: TopClient,
  request: AliexpressAffiliateOrderListbyindexRequest,
  options?: CallOptions,
): Promise<AliexpressAffiliateOrderListbyindexResponse> {
  return client.call<AliexpressAffiliateOrderListbyindexResponse>(
    {
      method: 'aliexpress.affiliate.order.listbyindex',
      responseRoot: 'aliexpress_affiliate_order_listbyindex_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

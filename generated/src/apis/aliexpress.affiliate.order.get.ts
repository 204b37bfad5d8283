// Generated from specs/aedata/aliexpress.affiliate.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.order.get` (AE流量订单详情获取API). */
export interface AliexpressAffiliateOrderGetRequest {
  /** 安全签名 */
  app_signature?: string;
  /** 返回的字段列表 */
  fields?: string;
  /** 订单ID列表，以逗号分隔，当前只支持子订单ID查询 */
  order_ids?: string;
}

/** Response of `aliexpress.affiliate.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateOrderGetResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateOrderGetResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.affiliate.order.get`. */
export interface AliexpressAffiliateOrderGetResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回状态描述信息 */
  resp_msg?: string;
  /** 返回结果明细 */
  result?: AliexpressAffiliateOrderGetTrafficOrderResultDto;
}

/** `TrafficOrderResultDto` of `aliexpress.affiliate.order.get`. */
export interface AliexpressAffiliateOrderGetTrafficOrderResultDto {
  /** 当前页记录条数 */
  current_record_count?: Int64;
  /** 订单内容明细 */
  orders?: AliexpressAffiliateOrderGetOrder[];
}

/** `Order` of `aliexpress.affiliate.order.get`. */
export interface AliexpressAffiliateOrderGetOrder {
  /** 佣金率 */
  commission_rate?: string;
  /** 订单创建时间 */
  created_time?: string;
  /** 自定义参数(JSON格式） */
  customer_parameters?: string;
  /** 订单状态:Payment Completed,Buyer Confirmed Receipt */
  order_status?: string;
  /** 订单完成时的预计佣金 */
  estimated_finished_commission?: Int64;
  /** 订单支付时的预计佣金 */
  estimated_paid_commission?: Int64;
  /** 订单完成金额 */
  finished_amount?: Int64;
  /** 订单完成时间 */
  finished_time?: string;
  /** 是否新买家 */
  is_new_buyer?: string;
  /** 下单商品数量 */
  product_count?: Int64;
  /** 商品DetailUrl */
  product_detail_url?: string;
  /** 商品ID */
  product_id?: Int64;
  /** 商品主图Url */
  product_main_image_url?: string;
  /** 商品标题 */
  product_title?: string;
  /** 新买家奖励佣金 */
  new_buyer_bonus_commission?: Int64;
  /** 订单ID */
  order_id?: Int64;
  /** 子订单ID:已废弃，请使用sub_order_id */
  order_number?: Int64;
  /** 订单支付完成金额 */
  paid_amount?: Int64;
  /** 订单支付完成时间 */
  paid_time?: string;
  /** 父订单ID:已废弃，请使用order_id */
  parent_order_number?: Int64;
  /** 推广者结算币种 */
  settled_currency?: string;
  /** 订单物流国家 */
  ship_to_country?: string;
  /** 子订单ID */
  sub_order_id?: Int64;
  /** trackId */
  tracking_id?: string;
  /** 是否爆品订单:Y 或者N */
  is_hot_product?: string;
  /** 所属类目ID */
  category_id?: Int64;
  /** FullRefund：全额退款，Antispam：风控拦截 */
  effect_detail_status?: string;
  /** 激励订单完成时的预计佣金 */
  estimated_incentive_finished_commission?: Int64;
  /** 激励订单支付时的预计佣金 */
  estimated_incentive_paid_commission?: Int64;
  /** 激励佣金率 */
  incentive_commission_rate?: string;
  /** 是否为联盟商品：N/Y */
  is_affiliate_product?: string;
  /** 国家标：global、ru_site、es_site、it_site */
  order_type?: string;
}

const REQUEST_SCHEMA = {
  app_signature: 'String',
  fields: 'String',
  order_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: {
    resp_code: 'Number',
    resp_msg: 'String',
    result: {
      current_record_count: 'Number',
      orders: [
        {
          commission_rate: 'String',
          created_time: 'String',
          customer_parameters: 'String',
          order_status: 'String',
          estimated_finished_commission: 'Number',
          estimated_paid_commission: 'Number',
          finished_amount: 'Number',
          finished_time: 'String',
          is_new_buyer: 'String',
          product_count: 'Number',
          product_detail_url: 'String',
          product_id: 'Number',
          product_main_image_url: 'String',
          product_title: 'String',
          new_buyer_bonus_commission: 'Number',
          order_id: 'Number',
          order_number: 'Number',
          paid_amount: 'Number',
          paid_time: 'String',
          parent_order_number: 'Number',
          settled_currency: 'String',
          ship_to_country: 'String',
          sub_order_id: 'Number',
          tracking_id: 'String',
          is_hot_product: 'String',
          category_id: 'Number',
          effect_detail_status: 'String',
          estimated_incentive_finished_commission: 'Number',
          estimated_incentive_paid_commission: 'Number',
          incentive_commission_rate: 'String',
          is_affiliate_product: 'String',
          order_type: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.order.get`: method, response root, request and response schemas. */
export const aliexpressAffiliateOrderGetOperation = {
  method: 'aliexpress.affiliate.order.get',
  responseRoot: 'aliexpress_affiliate_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AE流量订单详情获取API — calls TOP method `aliexpress.affiliate.order.get`.
 *
 * 联盟推广订单效果获取API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateOrderGet(
  client: TopClient,
  request: AliexpressAffiliateOrderGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressAffiliateOrderGetResponse> {
  return client.call<AliexpressAffiliateOrderGetResponse>(
    {
      method: 'aliexpress.affiliate.order.get',
      responseRoot: 'aliexpress_affiliate_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

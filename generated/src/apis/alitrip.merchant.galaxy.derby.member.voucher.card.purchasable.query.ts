// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query` (德比付费会员卡可购查询). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryRequest {
  /** 1 */
  tenant_key?: string;
  /** 1 */
  token?: string;
  /** 商品枚举（DerbyVoucherCardOrderProductMinTypeEnum） APLUSP:p卡 APLUSB：b卡 */
  voucher_card_category?: string;
  /** 接口用于查询商品是否下架，需要缓存 */
  check_goods_off_shelf?: boolean;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryResponse {
  /** 1 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryResponse2 {
  /** 1 */
  success?: boolean;
  /** 1 */
  error_code?: string;
  /** 1 */
  error_msg?: string;
  /** 可购权益卡实体类 */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryDerbyVoucherCardPurchasableVO;
}

/** `DerbyVoucherCardPurchasableVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryDerbyVoucherCardPurchasableVO {
  /** 是否需要注册 true需要 false不需要 */
  need_register?: boolean;
  /** 权益卡名称（备用字段，暂时无用） */
  name?: string;
  /** 权益卡原价 */
  price?: string;
  /** 权益卡售卖价 （为空则选原价） */
  sale_price?: string;
  /** 权益到期时间搓 */
  count_down_time?: Int64;
  /** 权益卡商品编码（下单要用） */
  voucher_card_code?: string;
  /** 权益卡图片 */
  card_image?: string;
  /** 权益卡规格 DerbyVoucherCardOrderProductMinTypeEnum code */
  voucher_card_category?: string;
  /** 权益卡规格 DerbyVoucherCardOrderProductMinTypeEnum desc */
  voucher_card_category_name?: string;
  /** 商品名称 accor_paid_membership_card雅高付费会员卡 code */
  product_type?: string;
  /** 商品名称 accor_paid_membership_card雅高付费会员卡 desc */
  product_type_name?: string;
  /** 商品数量 */
  product_count?: Int64;
  /** 优惠的原因 */
  price_desc?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  voucher_card_category: 'String',
  check_goods_off_shelf: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: {
      need_register: 'Boolean',
      name: 'String',
      price: 'Price',
      sale_price: 'Price',
      count_down_time: 'Number',
      voucher_card_code: 'String',
      card_image: 'String',
      voucher_card_category: 'String',
      voucher_card_category_name: 'String',
      product_type: 'String',
      product_type_name: 'String',
      product_count: 'Number',
      price_desc: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_purchasable_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 德比付费会员卡可购查询 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardPurchasableQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.purchasable.query',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_purchasable_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

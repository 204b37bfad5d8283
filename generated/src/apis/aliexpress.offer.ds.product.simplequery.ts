// Generated from specs/aedropshiper/aliexpress.offer.ds.product.simplequery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.offer.ds.product.simplequery` (Dropshipper查询单个商品的简易信息). */
export interface AliexpressOfferDsProductSimplequeryRequest {
  /** 商品ID */
  product_id?: Int64Input;
  /** 国家 */
  local_country?: string;
  /** 语言 */
  local_language?: string;
}

/** Response of `aliexpress.offer.ds.product.simplequery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressOfferDsProductSimplequeryResponse {
  /** 网站折扣后价格 */
  item_offer_site_sale_price?: string;
  /** 库存 */
  total_available_stock?: Int64;
  /** 商品的SKU信息 */
  aeop_ae_product_s_k_us?: AliexpressOfferDsProductSimplequeryAeopAeProductSku[];
  /** 产品的状态 */
  product_status_type?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeopAeProductSku` of `aliexpress.offer.ds.product.simplequery`. */
export interface AliexpressOfferDsProductSimplequeryAeopAeProductSku {
  /** SKU属性对象列表 */
  aeop_s_k_u_property_list?: AliexpressOfferDsProductSimplequeryAeopSkuProperty[];
  /** sku库存 */
  s_k_u_available_stock?: Int64;
  /** Sku库存,数据格式有货true，无货false；至少有一条sku记录是有货的。 */
  sku_stock?: boolean;
  /** Sku价格。取值范围:0.01-100000;单位:美元。 如:200.07，表示:200美元7分。需要在正确的价格区间内。 */
  sku_price?: string;
  /** SKU实际可售库存属性ipmSkuStock，该属性值的合理取值范围为0~999999，如该商品有SKU时，请确保至少有一个SKU是有货状态，也就是ipmSkuStock取值是1~999999，在整个商品纬度库存值的取值范围是1~999999。 如果同时设置了skuStock属性，那么系统以ipmSkuStock属性为优先；如果没有设置ipmSkuStock属性，那么系统会根据skuStock属性进行设置库存，true表示999，false表示0。 */
  ipm_sku_stock?: Int64;
  /** SKU ID */
  id?: string;
  /** 产品的货币单位。美元: USD, 卢布: RUB */
  currency_code?: string;
  /** sku折扣价格 */
  offer_sale_price?: string;
  /** sku批量折扣价 */
  offer_bulk_sale_price?: string;
  /** 最少起批的数量 */
  sku_bulk_order?: Int64;
}

/** `AeopSkuProperty` of `aliexpress.offer.ds.product.simplequery`. */
export interface AliexpressOfferDsProductSimplequeryAeopSkuProperty {
  /** SKU属性ID */
  sku_property_id?: Int64;
  /** SKU图片地址 */
  sku_image?: string;
  /** SKU属性值ID */
  property_value_id?: Int64;
  /** 属性值自定义名称 */
  property_value_definition_name?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  local_country: 'String',
  local_language: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_offer_site_sale_price: 'String',
  total_available_stock: 'Number',
  aeop_ae_product_s_k_us: [
    {
      aeop_s_k_u_property_list: [
        {
          sku_property_id: 'Number',
          sku_image: 'String',
          property_value_id: 'Number',
          property_value_definition_name: 'String',
        },
      ],
      s_k_u_available_stock: 'Number',
      sku_stock: 'Boolean',
      sku_price: 'String',
      ipm_sku_stock: 'Number',
      id: 'String',
      currency_code: 'String',
      offer_sale_price: 'String',
      offer_bulk_sale_price: 'String',
      sku_bulk_order: 'Number',
    },
  ],
  product_status_type: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.offer.ds.product.simplequery`: method, response root, request and response schemas. */
export const aliexpressOfferDsProductSimplequeryOperation = {
  method: 'aliexpress.offer.ds.product.simplequery',
  responseRoot: 'aliexpress_offer_ds_product_simplequery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Dropshipper查询单个商品的简易信息 — calls TOP method `aliexpress.offer.ds.product.simplequery`.
 *
 * 提供给Dropshipper的通过商品ID查找商品简易信息（包括SKU-价格/库存、产品状态等）的接口，只有特定买家可以使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressOfferDsProductSimplequery(
  client: TopClient,
  request: AliexpressOfferDsProductSimplequeryRequest = {},
  options?: CallOptions,
): Promise<AliexpressOfferDsProductSimplequeryResponse> {
  return client.call<AliexpressOfferDsProductSimplequeryResponse>(
    {
      method: 'aliexpress.offer.ds.product.simplequery',
      responseRoot: 'aliexpress_offer_ds_product_simplequery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

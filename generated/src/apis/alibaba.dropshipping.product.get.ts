// Generated from specs/icbudropshipping/alibaba.dropshipping.product.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dropshipping.product.get` (阿里巴巴dropshipping 产品信息获取). */
export interface AlibabaDropshippingProductGetRequest {
  /** {} */
  param_distribution_sale_product_request: AlibabaDropshippingProductGetDistributionSaleProductRequestInput;
}

/** Response of `alibaba.dropshipping.product.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDropshippingProductGetResponse {
  /** product pojo */
  value?: AlibabaDropshippingProductGetDistributionSaleProduct[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionSaleProductRequest` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetDistributionSaleProductRequestInput {
  /** productId List，max size is 10 */
  product_ids: Int64Input[];
}

/** `DistributionSaleProduct` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetDistributionSaleProduct {
  /**
   * product description html，
   * It is the transferred string, the applicable party needs to reverse the string
   */
  description?: string;
  /** product detail Url */
  detail_url?: string;
  /** Determine whether this product can be ordered */
  is_can_place_order?: boolean;
  /** product keywords */
  keywords?: string[];
  /** Ladder delivery List */
  ladder_period_list?: AlibabaDropshippingProductGetLadderPeriod[];
  /** main image url */
  main_image_url?: string;
  /** min order quantity and Price */
  moq_and_price?: AlibabaDropshippingProductGetMoqAndPrice;
  /** product name */
  name?: string;
  /** price Range */
  price_range?: string;
  /** product id */
  product_id?: Int64;
  /** product sku list */
  product_sku_list?: AlibabaDropshippingProductGetProductSku[];
  /** Store Id */
  e_company_id?: string;
  /** the top category name */
  top_category_name?: string;
  /** the leaf category name */
  leaf_category_name?: string;
  /** product image list */
  image_url_list?: string[];
}

/** `LadderPeriod` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetLadderPeriod {
  /** max quantity */
  max_quantity?: Int64;
  /** min quantity */
  min_quantity?: Int64;
  /** Delivery time */
  process_period?: Int64;
}

/** `MoqAndPrice` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetMoqAndPrice {
  /** min order quantity */
  min_order_quantity?: string;
  /** min order quantity delivery period */
  moq_delivery_period?: Int64;
  /** min order quantity unit price */
  moq_unit_price?: AlibabaDropshippingProductGetMoneyAmount;
  /** min order quantity unit */
  unit?: string;
}

/** `MoneyAmount` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetMoneyAmount {
  /** amount */
  amount?: string;
  /** currency */
  currency?: string;
}

/** `ProductSku` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetProductSku {
  /** sku image url */
  image_url?: string;
  /** inventory list */
  inventory_list?: AlibabaDropshippingProductGetInventory[];
  /** sku id */
  sku_id?: Int64;
  /** sku name value list */
  sku_name_value_list?: AlibabaDropshippingProductGetProductSkuNameValue[];
  /** ladder price list */
  ladder_price_list?: AlibabaDropshippingProductGetLadderPrice[];
}

/** `Inventory` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetInventory {
  /** dispatch country */
  dispatch_country?: string;
  /** inventory count */
  inventory?: Int64;
  /** store code */
  store_code?: string;
}

/** `ProductSkuNameValue` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetProductSkuNameValue {
  /** Attributes name */
  attr_name_desc?: string;
  /** Attributes name id */
  attr_name_id?: Int64;
  /** Attributes value */
  attr_value_desc?: string;
  /** Attributes value id */
  attr_value_id?: Int64;
  /** Attributes url */
  attr_value_image?: string;
}

/** `LadderPrice` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetLadderPrice {
  /** price */
  price?: AlibabaDropshippingProductGetMoneyAmount2;
  /** If it is -1, it means the maximum */
  max_quantity?: Int64;
  /** min quantity */
  min_quantity?: Int64;
}

/** `MoneyAmount` of `alibaba.dropshipping.product.get`. */
export interface AlibabaDropshippingProductGetMoneyAmount2 {
  /** currency */
  currency?: string;
  /** amount */
  amount?: string;
}

const REQUEST_SCHEMA = {
  param_distribution_sale_product_request: {
    product_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  value: [
    {
      description: 'String',
      detail_url: 'String',
      is_can_place_order: 'Boolean',
      keywords: ['String'],
      ladder_period_list: [
        {
          max_quantity: 'Number',
          min_quantity: 'Number',
          process_period: 'Number',
        },
      ],
      main_image_url: 'String',
      moq_and_price: {
        min_order_quantity: 'String',
        moq_delivery_period: 'Number',
        moq_unit_price: {
          amount: 'String',
          currency: 'String',
        },
        unit: 'String',
      },
      name: 'String',
      price_range: 'String',
      product_id: 'Number',
      product_sku_list: [
        {
          image_url: 'String',
          inventory_list: [
            {
              dispatch_country: 'String',
              inventory: 'Number',
              store_code: 'String',
            },
          ],
          sku_id: 'Number',
          sku_name_value_list: [
            {
              attr_name_desc: 'String',
              attr_name_id: 'Number',
              attr_value_desc: 'String',
              attr_value_id: 'Number',
              attr_value_image: 'String',
            },
          ],
          ladder_price_list: [
            {
              price: {
                currency: 'String',
                amount: 'String',
              },
              max_quantity: 'Number',
              min_quantity: 'Number',
            },
          ],
        },
      ],
      e_company_id: 'String',
      top_category_name: 'String',
      leaf_category_name: 'String',
      image_url_list: ['String'],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dropshipping.product.get`: method, response root, request and response schemas. */
export const alibabaDropshippingProductGetOperation = {
  method: 'alibaba.dropshipping.product.get',
  responseRoot: 'alibaba_dropshipping_product_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴dropshipping 产品信息获取 — calls TOP method `alibaba.dropshipping.product.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDropshippingProductGet(
  client: TopClient,
  request: AlibabaDropshippingProductGetRequest,
  options?: CallOptions,
): Promise<AlibabaDropshippingProductGetResponse> {
  return client.call<AlibabaDropshippingProductGetResponse>(
    {
      method: 'alibaba.dropshipping.product.get',
      responseRoot: 'alibaba_dropshipping_product_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

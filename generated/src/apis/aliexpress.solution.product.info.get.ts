// Generated from specs/aesolution/aliexpress.solution.product.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.product.info.get` (Get Single Product Info). */
export interface AliexpressSolutionProductInfoGetRequest {
  /** product ID */
  product_id?: Int64Input;
}

/** Response of `aliexpress.solution.product.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionProductInfoGetResponse {
  /** result */
  result?: AliexpressSolutionProductInfoGetGlobalAeopFindProductResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GlobalAeopFindProductResultDto` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopFindProductResultDto {
  /** Required when is_pack_sell equals to true. Value range for pieces to be added: 1-1000. Please refer to the field is_pack_sell for details. */
  add_unit?: Int64;
  /** Required when is_pack_sell equals to true. It means weight to be correspondingly added. Range value: 0.001-500.000, reserving three decimal places and applying scale; Unit: kilogram(s). Please refer to the field is_pack_sell for details. */
  add_weight?: string;
  /** Multimedia information */
  aeop_a_e_multimedia?: AliexpressSolutionProductInfoGetGlobalAeopAeMultimedia;
  /** Product properties */
  aeop_ae_product_propertys?: AliexpressSolutionProductInfoGetGlobalAeopAeProductProperty[];
  /** List for multiple skus of the product, expressed in json format. */
  aeop_ae_product_s_k_us?: AliexpressSolutionProductInfoGetGlobalAeopAeProductSku[];
  /** Required when is_pack_sell equals to true. It means no additional freight will be charged when the number of pieces to be purchased is under the base unit. Value range: 1-1000. */
  base_unit?: Int64;
  /** Bulk discount for wholesale. It must be multiplied by 100 and selected and saved as integer. Value range: 1-99. Note: It is discount, other than discount rate. For example, if the discount is 68, it should be selected and saved as 32. bulk_order and bulk_discount must have value or have no value simultaneously. */
  bulk_discount?: Int64;
  /** Minimum bulk for wholesale. Value range: 2-100000. bulk_order and bulk_discount must have value or have no value simultaneously. */
  bulk_order?: Int64;
  /** Product category ID. It must be leaf category to be obtained from the category interface. */
  category_id?: Int64;
  /** the Currency code. "USD" will be used as the default value if this information is not provided; Currency code is mandatory for Russian sellers and Spanish sellers. For Russian sellers, RUB should be filled in while EUR for Spanish sellers. */
  currency_code?: string;
  /** Stocking period. Value range: 1-60; Unit: day(s). Referring to the preparation time before the order could be dispatched. */
  delivery_time?: Int64;
  /** Deprecated, please use multi_language_description_list */
  detail?: string;
  /** shipping template id */
  freight_template_id?: Int64;
  /** created time */
  gmt_create?: string;
  /** modified time */
  gmt_modified?: string;
  /** Product gross weight. Range value: 0.001-500.000, reserving three decimal places and applying scale; Unit: kilogram(s). */
  gross_weight?: string;
  /** Group ID that the product belongs to. */
  group_id?: Int64;
  /** All the groups that the product belongs to. */
  group_ids?: Int64[];
  /** image urls for the product */
  image_u_r_ls?: string;
  /** Whether customized weighting is enabled or not. True means customized weighting enabled. When is_pack_sell equals to true, add_unit, add_weight and base_unit must be filled in. For example, base_unit equals to 5, add_unit equals to 2 and add_weight equals to 1.2. It means that Basic shipping cost will cover the first 5 pieces, freight calculating of which will base on a single product. For every additional 2 pieces, the shipping cost will be added to the total shipping cost for 1.2kg */
  is_pack_sell?: boolean;
  /** Number of piece(s) in each pack. In case of packing sale,lotNum>1, and in case of unpacking sale, lotNum=1. */
  lot_num?: Int64;
  /** mobile detail */
  mobile_detail?: string;
  /** Out of date, please ignore */
  owner_member_id?: string;
  /** Out of date, please ignore. */
  owner_member_seq?: Int64;
  /** package height */
  package_height?: Int64;
  /** package length */
  package_length?: Int64;
  /** package width */
  package_width?: Int64;
  /** product ID */
  product_id?: Int64;
  /** Price for product */
  product_price?: string;
  /** product status type */
  product_status_type?: string;
  /** Product unit */
  product_unit?: Int64;
  /** Service template ID which the product is associated with */
  promise_template_id?: Int64;
  /** Stock reduction strategy. It is divided into 2 types: stock reduction after placing order (place_order_withhold) or stock reduction after payment (payment_success_deduct). */
  reduce_strategy?: string;
  /** Size chart template ID that the product is associated with. */
  sizechart_id?: Int64;
  /** Deprecated, please use multi_language_subject_list */
  subject?: string;
  /** The offline date of the product */
  ws_offline_date?: string;
  /** Packing sale: true; Unpacking sale: false. */
  package_type?: boolean;
  /** multi language subject list */
  multi_language_subject_list?: AliexpressSolutionProductInfoGetGlobalSubject[];
  /** multo language description list */
  multi_language_description_list?: AliexpressSolutionProductInfoGetGlobalDescription[];
  /** multi country price configuration */
  multi_country_price_configuration?: AliexpressSolutionProductInfoGetMultiCountryPriceConfigurationDto;
}

/** `GlobalAeopAeMultimedia` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopAeMultimedia {
  /** video information */
  aeop_a_e_videos?: AliexpressSolutionProductInfoGetGlobalAeopAeVideo[];
}

/** `GlobalAeopAeVideo` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopAeVideo {
  /** Seller admin ID */
  ali_member_id?: Int64;
  /** Video ID */
  media_id?: Int64;
  /** The status of the video */
  media_status?: string;
  /** The type of video */
  media_type?: string;
  /** URL of the video cover image */
  poster_url?: string;
}

/** `GlobalAeopAeProductProperty` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopAeProductProperty {
  /** Customized attribute name */
  attr_name?: string;
  /** Attribute Name ID */
  attr_name_id?: Int64;
  /** Customized attribute value */
  attr_value?: string;
  /** Attribute Value ID */
  attr_value_id?: Int64;
  /** unit of customized attribute value */
  attr_value_unit?: string;
}

/** `GlobalAeopAeProductSku` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopAeProductSku {
  /** List of SKU attributes */
  aeop_s_k_u_property_list?: AliexpressSolutionProductInfoGetGlobalAeopSkuProperty[];
  /** all of warehouse goods will return barcode */
  barcode?: string;
  /** The Currency code. "USD" will be used as the default value if this information is not provided; Currency code is mandatory for Russian sellers(RUB) and Spanish sellers(EUR). */
  currency_code?: string;
  /** SKU ID. Can uniquely represent a SKU within a product range. */
  id?: string;
  /** Ranges from 1 to 999999 for one sku. The total stock of the entire product within multiple skus should also be in the range of 1 to 999999. */
  ipm_sku_stock?: Int64;
  /** Sku merchant code from the seller's system. Format: alphanumeric, length 20, does not contain spaces greater than and less than sign. If you only fill in the product price and product code, you need to create a complete SKU record submission, otherwise the product code can not be saved. The system will consider that only the retail price is submitted, but no SKU, resulting in product editing is not saved. */
  sku_code?: string;
  /** Sku price. Value range: 0.01-100000; Such as: 200.07 means 200 US dollars 7 cents(if other currency_code is used, referring to the corresponding price in that currency, e.g., 200.07 Euros). */
  sku_price?: string;
  /** True means stock available for the sku, false means out of stock. The stock of at least one should be available. */
  sku_stock?: boolean;
  /** SKU discount price, also called sale price, value range: 0.01 - 100000. */
  sku_discount_price?: string;
  /** EAN, or EAN13, stands for International Article Number (originally European Article Number). It is an extension of the UPC codes and you'll find them as barcodes on most everyday products. Sometimes the barcode is also called GTIN or GTIN13 (Global Trade Identifier) */
  ean_code?: string;
}

/** `GlobalAeopSkuProperty` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalAeopSkuProperty {
  /** Customized attribute value name */
  property_value_definition_name?: string;
  /** SKU attribute value id */
  property_value_id?: Int64;
  /** Self-defined image url for this sku. */
  sku_image?: string;
  /** SKU attribute name id */
  sku_property_id?: Int64;
}

/** `GlobalSubject` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalSubject {
  /** locale of the subject */
  locale?: string;
  /** subject */
  subject?: string;
}

/** `GlobalDescription` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetGlobalDescription {
  /** locale of the descripiton */
  locale?: string;
  /** mobile detail */
  mobile_detail?: string;
  /** web detail */
  web_detail?: string;
}

/** `MultiCountryPriceConfigurationDto` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetMultiCountryPriceConfigurationDto {
  /** price type */
  price_type?: string;
  /** Price list for different countries */
  country_price_list?: AliexpressSolutionProductInfoGetSingleCountryPriceDto[];
}

/** `SingleCountryPriceDto` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetSingleCountryPriceDto {
  /** ship to country */
  ship_to_country?: string;
  /** Sku price list under the same ship_to_country */
  sku_price_by_country_list?: AliexpressSolutionProductInfoGetSingleSkuPriceByCountryDto[];
}

/** `SingleSkuPriceByCountryDto` of `aliexpress.solution.product.info.get`. */
export interface AliexpressSolutionProductInfoGetSingleSkuPriceByCountryDto {
  /** sku code */
  sku_code?: string;
  /** price */
  price?: string;
  /** discount price */
  discount_price?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    add_unit: 'Number',
    add_weight: 'String',
    aeop_a_e_multimedia: {
      aeop_a_e_videos: [
        {
          ali_member_id: 'Number',
          media_id: 'Number',
          media_status: 'String',
          media_type: 'String',
          poster_url: 'String',
        },
      ],
    },
    aeop_ae_product_propertys: [
      {
        attr_name: 'String',
        attr_name_id: 'Number',
        attr_value: 'String',
        attr_value_id: 'Number',
        attr_value_unit: 'String',
      },
    ],
    aeop_ae_product_s_k_us: [
      {
        aeop_s_k_u_property_list: [
          {
            property_value_definition_name: 'String',
            property_value_id: 'Number',
            sku_image: 'String',
            sku_property_id: 'Number',
          },
        ],
        barcode: 'String',
        currency_code: 'String',
        id: 'String',
        ipm_sku_stock: 'Number',
        sku_code: 'String',
        sku_price: 'String',
        sku_stock: 'Boolean',
        sku_discount_price: 'String',
        ean_code: 'String',
      },
    ],
    base_unit: 'Number',
    bulk_discount: 'Number',
    bulk_order: 'Number',
    category_id: 'Number',
    currency_code: 'String',
    delivery_time: 'Number',
    detail: 'String',
    freight_template_id: 'Number',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    gross_weight: 'String',
    group_id: 'Number',
    group_ids: ['Number'],
    image_u_r_ls: 'String',
    is_pack_sell: 'Boolean',
    lot_num: 'Number',
    mobile_detail: 'String',
    owner_member_id: 'String',
    owner_member_seq: 'Number',
    package_height: 'Number',
    package_length: 'Number',
    package_width: 'Number',
    product_id: 'Number',
    product_price: 'String',
    product_status_type: 'String',
    product_unit: 'Number',
    promise_template_id: 'Number',
    reduce_strategy: 'String',
    sizechart_id: 'Number',
    subject: 'String',
    ws_offline_date: 'Date',
    package_type: 'Boolean',
    multi_language_subject_list: [
      {
        locale: 'String',
        subject: 'String',
      },
    ],
    multi_language_description_list: [
      {
        locale: 'String',
        mobile_detail: 'String',
        web_detail: 'String',
      },
    ],
    multi_country_price_configuration: {
      price_type: 'String',
      country_price_list: [
        {
          ship_to_country: 'String',
          sku_price_by_country_list: [
            {
              sku_code: 'String',
              price: 'String',
              discount_price: 'String',
            },
          ],
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.product.info.get`: method, response root, request and response schemas. */
export const aliexpressSolutionProductInfoGetOperation = {
  method: 'aliexpress.solution.product.info.get',
  responseRoot: 'aliexpress_solution_product_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Get Single Product Info — calls TOP method `aliexpress.solution.product.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionProductInfoGet(
  client: TopClient,
  request: AliexpressSolutionProductInfoGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionProductInfoGetResponse> {
  return client.call<AliexpressSolutionProductInfoGetResponse>(
    {
      method: 'aliexpress.solution.product.info.get',
      responseRoot: 'aliexpress_solution_product_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

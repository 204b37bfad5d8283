// Generated from specs/aedropshiper/aliexpress.ds.product.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.product.get` (商品信息查询). */
export interface AliexpressDsProductGetRequest {
  /** Country */
  ship_to_country?: string;
  /** Item ID */
  product_id?: Int64Input;
  /** Target currency */
  target_currency?: string;
  /** Target language */
  target_language?: string;
}

/** Response of `aliexpress.ds.product.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsProductGetResponse {
  /** Product search results */
  result?: AliexpressDsProductGetAeItemQueryResultDTO;
  /** Error message */
  rsp_msg?: string;
  /** Error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeItemQueryResultDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeItemQueryResultDTO {
  /** Basic commodity information */
  ae_item_base_info_dto?: AliexpressDsProductGetAeItemBaseInfoDTO;
  /** SKU information */
  ae_item_sku_info_dtos?: AliexpressDsProductGetAeItemSkuInfoDTO[];
  /** Multimedia information */
  ae_multimedia_info_dto?: AliexpressDsProductGetAeMultimediaInfoDTO;
  /** Package information */
  package_info_dto?: AliexpressDsProductGetPackageInfoDTO;
  /** Logistics information */
  logistics_info_dto?: AliexpressDsProductGetLogisticsInfoDTO;
  /** Attribute information */
  ae_item_properties?: AliexpressDsProductGetAeItemProperty[];
  /** Store Information */
  ae_store_info?: AliexpressDsProductGetAeStoreInfo;
  /** product id converter result */
  product_id_converter_result?: AliexpressDsProductGetProductIdConverterResultDTO;
}

/** `AeItemBaseInfoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeItemBaseInfoDTO {
  /** Item ID */
  product_id?: Int64;
  /** ID of the category of the product */
  category_id?: Int64;
  /** The title of the product */
  subject?: string;
  /** The currency unit of the commodity. U.S. Dollar: USD, Ruble: RUB */
  currency_code?: string;
  /** Product status */
  product_status_type?: string;
  /** Reasons for removal of goods */
  ws_display?: string;
  /** The date the product was removed from the shelf */
  ws_offline_date?: string;
  /** Commodity creation time */
  gmt_create?: string;
  /** Change the time */
  gmt_modified?: string;
  /** Seller's master account ID */
  owner_member_seq_long?: Int64;
  /** Evaluation number */
  evaluation_count?: string;
  /** Average rating stars, 1-5 stars */
  avg_evaluation_rating?: string;
  /** Commodity detailed description */
  detail?: string;
  /** Mobile detailed description */
  mobile_detail?: string;
}

/** `AeItemSkuInfoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeItemSkuInfoDTO {
  /** SKU ID */
  id?: string;
  /** SKU inventory, the data format is true if stock is available, false if no stock is available; at least one sku record is available. */
  sku_stock?: boolean;
  /** SKU price. Value range: 0.01-100000; Unit: USD. Such as: 200.07, which means: 200 US dollars 7 points. Need to be in the correct price range. */
  sku_price?: string;
  /** SKU merchant code. Format: single-byte alphanumeric characters, length 20, excluding spaces greater than and less than signs. If the user only fills in the retail price (productprice) and product code, a complete SKU record needs to be generated and submitted, otherwise the product code cannot be saved. The system will think that only the retail price has been submitted, but there is no SKU, resulting in unsaved product editing. */
  sku_code?: string;
  /** The actual saleable inventory attribute of SKU is ipmSkuStock. The reasonable value range of this attribute value is 0~999999. If the product has SKU, please make sure that at least one SKU is in stock, that is, the value of ipmSkuStock is 1~999999. The range of the inventory value of the entire product latitude is 1~999999. If the skuStock attribute is set at the same time, the system will give priority to the ipmSkuStock attribute; if the ipmSkuStock attribute is not set, the system will set the inventory according to the skuStock attribute, true means 999, false means 0. */
  ipm_sku_stock?: Int64;
  /** The currency unit of the product. U.S. Dollar: USD, Ruble: RUB */
  currency_code?: string;
  /** SKU attribute object */
  ae_sku_property_dtos?: AliexpressDsProductGetAeSkuPropertyDTO[];
  /** Commodity barcode */
  barcode?: string;
  /** SKU discount price */
  offer_sale_price?: string;
  /** SKU bulk discount price */
  offer_bulk_sale_price?: string;
  /** Minimum number of batches */
  sku_bulk_order?: Int64;
  /** SKU inventory */
  sku_available_stock?: Int64;
}

/** `AeSkuPropertyDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeSkuPropertyDTO {
  /** Attribute ID */
  sku_property_id?: Int64;
  /** Attribute name */
  sku_property_name?: string;
  /** Attribute value */
  sku_property_value?: string;
  /** Custom id */
  property_value_id?: Int64;
  /** Custom name */
  property_value_definition_name?: string;
  /** SKU pictures */
  sku_image?: string;
}

/** `AeMultimediaInfoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeMultimediaInfoDTO {
  /** Video information */
  ae_video_dtos?: AliexpressDsProductGetAeVideoDTO[];
  /** List of main images of the product */
  image_urls?: string;
}

/** `AeVideoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeVideoDTO {
  /** Seller's master account ID */
  ali_member_id?: Int64;
  /** Video ID */
  media_id?: Int64;
  /** Video status */
  media_status?: string;
  /** Type of video */
  media_type?: string;
  /** The URL of the video cover image */
  poster_url?: string;
}

/** `PackageInfoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetPackageInfoDTO {
  /** The length of the product */
  package_length?: Int64;
  /** Product height */
  package_height?: Int64;
  /** Product width */
  package_width?: Int64;
  /** The gross weight of the product */
  gross_weight?: string;
  /** Number of basic products for custom weighing */
  base_unit?: Int64;
  /** Type of packaging */
  package_type?: boolean;
  /** Unit of commodity */
  product_unit?: Int64;
}

/** `LogisticsInfoDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetLogisticsInfoDTO {
  /** Goods lead time */
  delivery_time?: Int64;
  /** Country */
  ship_to_country?: string;
}

/** `AeItemProperty` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeItemProperty {
  /** Attribute ID */
  attr_name_id?: Int64;
  /** Attribute name */
  attr_name?: string;
  /** Attribute ID */
  attr_value_id?: Int64;
  /** Attribute value */
  attr_value?: string;
  /** Interval attribute start value */
  attr_value_start?: string;
  /** End value of interval attribute */
  attr_value_end?: string;
  /** Attribute unit */
  attr_value_unit?: string;
}

/** `AeStoreInfo` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetAeStoreInfo {
  /** Store ID */
  store_id?: Int64;
  /** Shop name */
  store_name?: string;
  /** Product description, 1-5 stars */
  item_as_described_rating?: string;
  /** Seller service, 1-5 stars */
  communication_rating?: string;
  /** Logistics, 1-5 stars */
  shipping_speed_rating?: string;
}

/** `ProductIdConverterResultDTO` of `aliexpress.ds.product.get`. */
export interface AliexpressDsProductGetProductIdConverterResultDTO {
  /** main productId */
  main_product_id?: Int64;
  /** sub productId */
  sub_product_id?: string;
}

const REQUEST_SCHEMA = {
  ship_to_country: 'String',
  product_id: 'Number',
  target_currency: 'String',
  target_language: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ae_item_base_info_dto: {
      product_id: 'Number',
      category_id: 'Number',
      subject: 'String',
      currency_code: 'String',
      product_status_type: 'String',
      ws_display: 'String',
      ws_offline_date: 'Date',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      owner_member_seq_long: 'Number',
      evaluation_count: 'String',
      avg_evaluation_rating: 'String',
      detail: 'String',
      mobile_detail: 'String',
    },
    ae_item_sku_info_dtos: [
      {
        id: 'String',
        sku_stock: 'Boolean',
        sku_price: 'String',
        sku_code: 'String',
        ipm_sku_stock: 'Number',
        currency_code: 'String',
        ae_sku_property_dtos: [
          {
            sku_property_id: 'Number',
            sku_property_name: 'String',
            sku_property_value: 'String',
            property_value_id: 'Number',
            property_value_definition_name: 'String',
            sku_image: 'String',
          },
        ],
        barcode: 'String',
        offer_sale_price: 'String',
        offer_bulk_sale_price: 'String',
        sku_bulk_order: 'Number',
        sku_available_stock: 'Number',
      },
    ],
    ae_multimedia_info_dto: {
      ae_video_dtos: [
        {
          ali_member_id: 'Number',
          media_id: 'Number',
          media_status: 'String',
          media_type: 'String',
          poster_url: 'String',
        },
      ],
      image_urls: 'String',
    },
    package_info_dto: {
      package_length: 'Number',
      package_height: 'Number',
      package_width: 'Number',
      gross_weight: 'String',
      base_unit: 'Number',
      package_type: 'Boolean',
      product_unit: 'Number',
    },
    logistics_info_dto: {
      delivery_time: 'Number',
      ship_to_country: 'String',
    },
    ae_item_properties: [
      {
        attr_name_id: 'Number',
        attr_name: 'String',
        attr_value_id: 'Number',
        attr_value: 'String',
        attr_value_start: 'String',
        attr_value_end: 'String',
        attr_value_unit: 'String',
      },
    ],
    ae_store_info: {
      store_id: 'Number',
      store_name: 'String',
      item_as_described_rating: 'String',
      communication_rating: 'String',
      shipping_speed_rating: 'String',
    },
    product_id_converter_result: {
      main_product_id: 'Number',
      sub_product_id: 'String',
    },
  },
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.product.get`: method, response root, request and response schemas. */
export const aliexpressDsProductGetOperation = {
  method: 'aliexpress.ds.product.get',
  responseRoot: 'aliexpress_ds_product_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品信息查询 — calls TOP method `aliexpress.ds.product.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsProductGet(
  client: TopClient,
  request: AliexpressDsProductGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressDsProductGetResponse> {
  return client.call<AliexpressDsProductGetResponse>(
    {
      method: 'aliexpress.ds.product.get',
      responseRoot: 'aliexpress_ds_product_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

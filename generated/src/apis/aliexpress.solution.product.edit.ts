// Generated from specs/aesolution/aliexpress.solution.product.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.product.edit` (Edit Product API). */
export interface AliexpressSolutionProductEditRequest {
  /** input param */
  edit_product_request?: AliexpressSolutionProductEditPostProductRequestDtoInput;
}

/** Response of `aliexpress.solution.product.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionProductEditResponse {
  /** result */
  result?: AliexpressSolutionProductEditPostItemResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostProductRequestDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditPostProductRequestDtoInput {
  /** aliexpress product Id */
  product_id: Int64Input;
  /** group id, you can get group list from aliexpress.product.productgroups.get */
  group_id?: Int64Input;
  /** extra params. Configured some special products */
  extra_params?: string;
  /** marketing images for product. Currently supported 2 types: 1 represents 3:4 rectangle(resolution at least 750*1000) image while 2 represents 1:1 square image(Resolution at least 800*800). The image url needs to be obtained via uploading the image through Aliexpress API: aliexpress.photobank.redefining.uploadimageforsdk(https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2) */
  marketing_images?: AliexpressSolutionProductEditMarketImageDtoInput[];
  /** More information about the request. */
  developer_features?: string;
  /** Aliexpress leaf category ID obtained through https://developers.aliexpress.com/en/doc.htm?docId=46042&docType=2 */
  aliexpress_category_id?: Int64Input;
  /** Deprecated. Please use aliexpress_category_id */
  category_id?: string;
  /** merchant's brand name */
  brand_name?: string;
  /** Main image that represents the product. The url should be accesible and there is a maximum of 6 pictures. The url can point to a seller's server or to AliExpress photobank. In order to obtain more information about the photobank and how to upload images, please visit the following page: https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2 */
  main_image_urls_list?: string[];
  /** There are 4 types of how to fill in the content of each element in this attribute list. 1). When filling in the standard dropdown/multi-dropdown attributes, fill in "aliexpress_attribute_name_id" and "aliexpress_attribute_value_id"(For multi-dropdown, splitting them into multiple elements) 2). When filling in the attributes in which the value needs to be manually entered, fill in "aliexpress_attribute_name_id" and "attribute_value" in the element. 3). There exists a special kind of "aliexpress_attribute_value_id" of which the value represents for "Other". When encoutering this scenario, please fill in "aliexpress_attribute_name_id", "aliexpress_attribute_value_id" and "attribute_value". 4). Besides the three types mentioned above, if the seller would like to fully customized all the atttributes, fill in "attribute name" and "attribute_value" in the element. */
  attribute_list?: AliexpressSolutionProductEditAttributeDtoInput[];
  /** If specified this field, all the previous skus will be replaced by the new skus. */
  sku_info_list?: AliexpressSolutionProductEditSkuInfoDtoInput[];
  /** Weight of the product, including package. Measured in Kilograms (Kg) with a maximum 500 and minumum 0.001 */
  weight?: string;
  /** indicate when the inventory of a specific product will be deducted. place_order_withhold: the inventory is deducted just after the order is placed by customer. payment_success_deduct: the stock is deducted after the payment is done successfully by the customer. */
  inventory_deduction_strategy?: string;
  /** Package height measured in centimeters (cm). Maximum 700 cm, minumum: 1cm */
  package_height?: Int64Input;
  /** Package length, measured in centimeters (cm). Maximum 700 cm, minumum: 1cm */
  package_length?: Int64Input;
  /** Package width measured in centimeters (cm). Maximum 700 cm, minumum: 1cm */
  package_width?: Int64Input;
  /** multi country price configuration */
  multi_country_price_configuration?: AliexpressSolutionProductEditMultiCountryPriceConfigurationDtoInput;
  /** freight template ID. After the merchant has created an freight template in the backend: freighttemplate.aliexpress.com, the id could be obtained in the backend directly or thourgh the API: aliexpress.freight.redefining.listfreighttemplate */
  freight_template_id?: Int64Input;
  /** refer to the preparation period of merchant before the package could be dispatched to the customer. */
  shipping_lead_time?: Int64Input;
  /** service policy id, which could be set and obtained in the seller's background. */
  service_policy_id?: Int64Input;
  /** merchant's size chart id, more used in the category of shoes and clothes. */
  size_chart_id?: Int64Input;
  /** List for multi language subject. To learn how to set this field, please refer to the document:https://developers.aliexpress.com/en/doc.htm?docId=108976&docType=1 */
  multi_language_subject_list?: AliexpressSolutionProductEditSingleLanguageTitleDtoInput[];
  /** List for multi language description. To learn how to set this field, please refer to the document:https://developers.aliexpress.com/en/doc.htm?docId=108976&docType=1 */
  multi_language_description_list?: AliexpressSolutionProductEditSingleLanguageDescriptionDtoInput[];
}

/** `MarketImageDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditMarketImageDtoInput {
  /** The image url needs to be obtained via uploading the image through Aliexpress API: aliexpress.photobank.redefining.uploadimageforsdk(https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2) */
  image_url?: string;
  /** 1 represents 3:4 rectangle(resolution at least 750*1000) image while 2 represents 1:1 square image(Resolution at least 800*800). */
  image_type?: string;
}

/** `AttributeDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditAttributeDtoInput {
  /** merchant's attribute name */
  attribute_name?: string;
  /** merchant's attribute value */
  attribute_value?: string;
  /** aliexpress attribute value id, which could be obtained from aliexpress.solution.sku.attribute.query */
  aliexpress_attribute_value_id?: Int64Input;
  /** aliexpress attribute name id, which could be obtained from aliexpress.solution.sku.attribute.query */
  aliexpress_attribute_name_id?: Int64Input;
}

/** `SkuInfoDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSkuInfoDtoInput {
  /** sku attribute list. Some categories don't have sku attributes, then sku_attributes_list should be empty.When there are more than one sku in the sku_info_list, sku_attributes_list is required for each of them, please do not let them empty */
  sku_attributes_list?: AliexpressSolutionProductEditSkuAttributeDtoInput[];
  /** extra params. Configured some special products */
  extra_params?: string;
  /** EAN or EAN13, stands for international product number (formerly European product number). It is an extension of UPC codes, and you will find them as barcodes on most everyday products. It will be empty if you don't fill it in */
  ean_code?: string;
  /** stock. Maximum:999999, minumum:1 */
  inventory?: Int64Input;
  /** price. Maximum:999999, minumum:0.01 */
  price?: string;
  /** Code for merchant's sku, important reference to maintain the relationship between merchant and Aliexpress's system. */
  sku_code?: string;
  /** discount price for the sku. discount_price should be cheaper than price. */
  discount_price?: string;
}

/** `SkuAttributeDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSkuAttributeDtoInput {
  /** Deprecated, please use sku_attribute_name_id. To obtain the available sku attribute names under a specific category, please check API: aliexpress.solution.sku.attribute.query */
  sku_attribute_name?: string;
  /** Customized sku attribute value by sellers, do not include these 4 symbols { # : = , }.maximum 70 characters. */
  sku_attribute_value?: string;
  /** Image that will represent the variation of the product. The url can point to a seller's server or to AliExpress photobank. In order to obtain more information about the photobank and how to upload images, please visit the following page: https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2 */
  sku_image?: string;
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2 to obtain the sku_attribute_value_id under specific category */
  sku_attribute_value_id?: Int64Input;
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2 to obtain the sku_attribute_name_id under specific category */
  sku_attribute_name_id?: Int64Input;
}

/** `MultiCountryPriceConfigurationDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditMultiCountryPriceConfigurationDtoInput {
  /** Price list for different countries */
  country_price_list?: AliexpressSolutionProductEditSingleCountryPriceDtoInput[];
  /** Support absolute or delete. When filling in "delete", the multi_country_price_configuration will be eliminated. */
  price_type?: string;
}

/** `SingleCountryPriceDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSingleCountryPriceDtoInput {
  /** Sku price list under the same ship_to_country */
  sku_price_by_country_list?: AliexpressSolutionProductEditSingleSkuPriceByCountryDtoInput[];
  /** ISO code of the country. Currently supporting: RU, US, CA, ES, FR, UK, NL, IL, BR, CL, AU, UA, BY, JP, TH, SG, KR, ID, MY, PH, VN, IT, DE, SA, AE, PL, TR */
  ship_to_country?: string;
}

/** `SingleSkuPriceByCountryDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSingleSkuPriceByCountryDtoInput {
  /** Deprecated. Please do not use. */
  value?: string;
  /** Value of price configuration. If the price of a specific country is set, it must be greater than or equal to 70% of the original sku price */
  price?: string;
  /** Value of discount_price for each country, should be less than the retailPrice and greater than or equal to 10% of it. */
  discount_price?: string;
  /** sku_code, must existed in sku_info_list */
  sku_code?: string;
}

/** `SingleLanguageTitleDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSingleLanguageTitleDtoInput {
  /** Support: en(English) ru(Russian) es(Spanish) fr(French) it(Italian) tr(Turkish) pt(Portuguese) de(German) nl(Dutch) in(Indonesian) ar(Arabic) ja(Japanese) ko(Korean) th(Thai) vi(Vietnamese) iw(Hebrew).Must contains the original locale. */
  language?: string;
  /** subject, maximum 218 characters. */
  subject?: string;
}

/** `SingleLanguageDescriptionDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditSingleLanguageDescriptionDtoInput {
  /** Support: en(English) ru(Russian) es(Spanish) fr(French) it(Italian) tr(Turkish) pt(Portuguese) de(German) nl(Dutch) in(Indonesian) ar(Arabic) ja(Japanese) ko(Korean) th(Thai) vi(Vietnamese) iw(Hebrew).Must contains the original locale. */
  language?: string;
  /** mobile detail for this language, do not support "html" and "dynamic" type, for more information, please check the format here https://developers.aliexpress.com/en/doc.htm?docId=109534&docType=1 */
  mobile_detail?: string;
  /** web detail for this language, please check the format here: https://developers.aliexpress.com/en/doc.htm?docId=109534&docType=1 */
  web_detail?: string;
}

/** `PostItemResponseDto` of `aliexpress.solution.product.edit`. */
export interface AliexpressSolutionProductEditPostItemResponseDto {
  /** productId */
  product_id?: Int64;
}

const REQUEST_SCHEMA = {
  edit_product_request: {
    product_id: 'Number',
    group_id: 'Number',
    extra_params: 'String',
    marketing_images: [
      {
        image_url: 'String',
        image_type: 'String',
      },
    ],
    developer_features: 'String',
    aliexpress_category_id: 'Number',
    category_id: 'String',
    brand_name: 'String',
    main_image_urls_list: ['String'],
    attribute_list: [
      {
        attribute_name: 'String',
        attribute_value: 'String',
        aliexpress_attribute_value_id: 'Number',
        aliexpress_attribute_name_id: 'Number',
      },
    ],
    sku_info_list: [
      {
        sku_attributes_list: [
          {
            sku_attribute_name: 'String',
            sku_attribute_value: 'String',
            sku_image: 'String',
            sku_attribute_value_id: 'Number',
            sku_attribute_name_id: 'Number',
          },
        ],
        extra_params: 'String',
        ean_code: 'String',
        inventory: 'Number',
        price: 'String',
        sku_code: 'String',
        discount_price: 'String',
      },
    ],
    weight: 'String',
    inventory_deduction_strategy: 'String',
    package_height: 'Number',
    package_length: 'Number',
    package_width: 'Number',
    multi_country_price_configuration: {
      country_price_list: [
        {
          sku_price_by_country_list: [
            {
              value: 'String',
              price: 'String',
              discount_price: 'String',
              sku_code: 'String',
            },
          ],
          ship_to_country: 'String',
        },
      ],
      price_type: 'String',
    },
    freight_template_id: 'Number',
    shipping_lead_time: 'Number',
    service_policy_id: 'Number',
    size_chart_id: 'Number',
    multi_language_subject_list: [
      {
        language: 'String',
        subject: 'String',
      },
    ],
    multi_language_description_list: [
      {
        language: 'String',
        mobile_detail: 'String',
        web_detail: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    product_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.product.edit`: method, response root, request and response schemas. */
export const aliexpressSolutionProductEditOperation = {
  method: 'aliexpress.solution.product.edit',
  responseRoot: 'aliexpress_solution_product_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Edit Product API — calls TOP method `aliexpress.solution.product.edit`.
 *
 * API for editing product, customized for Oversea merchants. Most of the input fields of this API is similar with aliexpress.solution.product.post. For editing, just fill in the fields you would like to edit, leave other fields to be blank.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionProductEdit(
  client: TopClient,
  request: AliexpressSolutionProductEditRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionProductEditResponse> {
  return client.call<AliexpressSolutionProductEditResponse>(
    {
      method: 'aliexpress.solution.product.edit',
      responseRoot: 'aliexpress_solution_product_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

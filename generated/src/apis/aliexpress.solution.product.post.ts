// Generated from specs/aesolution/aliexpress.solution.product.post.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.product.post` (Product posting API). */
export interface AliexpressSolutionProductPostRequest {
  /** input param */
  post_product_request?: AliexpressSolutionProductPostPostProductRequestDtoInput;
}

/** Response of `aliexpress.solution.product.post`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionProductPostResponse {
  /** result */
  result?: AliexpressSolutionProductPostPostItemResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostProductRequestDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostPostProductRequestDtoInput {
  /** Deprecated. Please use multi_language_subject_list. 1-218 length, support multi language. Check the field "language" to find the supported languages. */
  subject?: string;
  /** Deprecated, please use product description, support html format and multi languages. Check the field language to find the supported languages. */
  description?: string;
  /** The main language of the product. Aliexpress will depend on the subject and detail in main language to translate to other languages, if not filled in by sellers. Main language could not be modified after product has been uploaded. Support: en(English) ru(Russian) es(Spanish) fr(French) it(Italian) tr(Turkish) pt(Portuguese) de(German) nl(Dutch) in(Indonesian) ar(Arabic) ja(Japanese) ko(Korean) th(Thai) vi(Vietnamese) iw(Hebrew) */
  language: string;
  /** Product Unit ID, Most common-used ID: 100000015 piece/pieces; 100000000:bag/bags; 100000001:barrel/barrels; 100000002:bushel/bushels; 100078580:carton; 100078581:centimeter; 100000003:cubic meter; 100000004:dozen; 100078584:feet; 100000005:gallon; 100000006:gram; 100078587:inch; 100000007:kilogram; 100078589:kiloliter; 100000008:kilometer; 100078559:liter/liters; 100000009:long ton; 100000010:meter; 100000011:metric ton; 100078560:milligram; 100078596:milliliter; 100078597:millimeter; 100000012:ounce; 100000014:pack/packs; 100000013:pair; 100000016:pound; 100078603:quart; 100000017:set/sets; 100000018:short ton; 100078606:square feet; 100078607:square inch; 100000019:square meter; 100078609:square yard; 100000020:ton; 100078558:yard/yards */
  product_unit?: Int64Input;
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=108976&docType=1 */
  multi_language_description_list?: AliexpressSolutionProductPostSingleLanguageDescriptionDtoInput[];
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=108976&docType=1 */
  multi_language_subject_list?: AliexpressSolutionProductPostSingleLanguageTitleDtoInput[];
  /** group id, you can get group list from aliexpress.product.productgroups.get */
  group_id?: Int64Input;
  /** extra params. Configured some special products */
  extra_params?: string;
  /** marketing images for product. Currently supported 2 types: 1 represents 3:4 rectangle(resolution at least 750*1000) image while 2 represents 1:1 square image(Resolution at least 800*800). The image url needs to be obtained via uploading the image through Aliexpress API: aliexpress.photobank.redefining.uploadimageforsdk(https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2) */
  marketing_images?: AliexpressSolutionProductPostMarketImageDtoInput[];
  /** More information of the request. */
  developer_features?: string;
  /** Aliexpress leaf category ID, obtained through https://developers.aliexpress.com/en/doc.htm?docId=46042&docType=2 */
  aliexpress_category_id?: Int64Input;
  /** Deprecated. Please use aliexpress_category_id */
  category_id?: string;
  /** Brand name after applying in https://sellerjoin.aliexpress.com/oversea/getBrandList.htm. If the seller has not applied any brand permission, please leave this field blank. */
  brand_name?: string;
  /** Main image that represents the product. The url should be accesible and there is a maximum of 6 pictures. The url can point to a seller's server or to AliExpress photobank. In order to obtain more information about the photobank and how to upload images, please visit the following page: https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2 */
  main_image_urls_list: string[];
  /** There are 4 types of how to fill in the content of each element in this attribute list. 1). When filling in the standard dropdown/multi-dropdown attributes, fill in "aliexpress_attribute_name_id" and "aliexpress_attribute_value_id"(For multi-dropdown, splitting them into multiple elements) 2). When filling in the attributes in which the value needs to be manually entered, fill in "aliexpress_attribute_name_id" and "attribute_value" in the element. 3). There exists a special kind of "aliexpress_attribute_value_id" of which the value represents for "Other". When encoutering this scenario, please fill in "aliexpress_attribute_name_id", "aliexpress_attribute_value_id" and "attribute_value". 4). Besides the three types mentioned above, if the seller would like to fully customized all the atttributes, fill in "attribute name" and "attribute_value" in the element. */
  attribute_list?: AliexpressSolutionProductPostAttributeDtoInput[];
  /** All the skus included in one product. */
  sku_info_list: AliexpressSolutionProductPostSkuInfoDtoInput[];
  /** Indicate when the inventory of a specific product will be deducted: 1) place_order_withhold: the inventory is deducted just after the order is placed by customer. 2) payment_success_deduct: the stock is deducted after the payment is done successfully by the customer. */
  inventory_deduction_strategy: string;
  /** Weight of the product, including package. Measured in Kilograms (Kg) with a maximum 500 and minumum 0.001 */
  weight: string;
  /** Package length, measured in centimeters (cm). Maximum 700 cm, minumum: 1 cm */
  package_length: Int64Input;
  /** Package height measured in centimeters (cm). Maximum 700 cm, minumum: 1cm */
  package_height: Int64Input;
  /** Package width measured in centimeters (cm). Maximum 700 cm, minumum: 1cm */
  package_width: Int64Input;
  /** multi country price configuration */
  multi_country_price_configuration?: AliexpressSolutionProductPostMultiCountryPriceConfigurationDtoInput;
  /** freight template ID. After the merchant has created an freight template in the backend: freighttemplate.aliexpress.com, the id could be obtained in the backend(freighttemplate.aliexpress.com) directly or thourgh the API: aliexpress.freight.redefining.listfreighttemplate.Please note that the default template with id:1000 is not applicable to oversea sellers. */
  freight_template_id: Int64Input;
  /** merchant's size chart id, more used in the category of shoes and clothes. */
  size_chart_id?: Int64Input;
  /** refer to the preparation period of merchant before the package could be dispatched to the customer. Minimum:1 */
  shipping_lead_time: Int64Input;
  /** service policy id, which could be set and obtained in the seller's background(https://cn.ae.aliexpress.com/sellerpromise/sellerPromiseHome.htm). If the merchant would like to use the default setting, pass "0" to this parameter. */
  service_policy_id: Int64Input;
}

/** `SingleLanguageDescriptionDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSingleLanguageDescriptionDtoInput {
  /** Support: en(English) ru(Russian) es(Spanish) fr(French) it(Italian) tr(Turkish) pt(Portuguese) de(German) nl(Dutch) in(Indonesian) ar(Arabic) ja(Japanese) ko(Korean) th(Thai) vi(Vietnamese) iw(Hebrew).Must contains the original locale. */
  language?: string;
  /** web detail for this language, please check the format here: https://developers.aliexpress.com/en/doc.htm?docId=109534&docType=1 */
  web_detail?: string;
  /** mobile detail for this language, do not support "html" and "dynamic" type, for more information, please check the format here https://developers.aliexpress.com/en/doc.htm?docId=109534&docType=1 */
  mobile_detail?: string;
}

/** `SingleLanguageTitleDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSingleLanguageTitleDtoInput {
  /** product subject, maximum length 218 characters. */
  subject?: string;
  /** Support: en(English) ru(Russian) es(Spanish) fr(French) it(Italian) tr(Turkish) pt(Portuguese) de(German) nl(Dutch) in(Indonesian) ar(Arabic) ja(Japanese) ko(Korean) th(Thai) vi(Vietnamese) iw(Hebrew).Must contains the original locale. */
  language?: string;
}

/** `MarketImageDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostMarketImageDtoInput {
  /** 1 represents 3:4 rectangle(resolution at least 750*1000) image while 2 represents 1:1 square image(Resolution at least 800*800). */
  image_type?: Int64Input;
  /** The image url needs to be obtained via uploading the image through Aliexpress API: aliexpress.photobank.redefining.uploadimageforsdk(https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2) */
  image_url?: string;
}

/** `AttributeDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostAttributeDtoInput {
  /** merchant's attribute value */
  attribute_value?: string;
  /** merchant's attribute name */
  attribute_name?: string;
  /** aliexpress attribute value id, which could be obtained from https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2. The path is: result -> attributes ->values -> id */
  aliexpress_attribute_value_id?: Int64Input;
  /** aliexpress attribute name id, which could be obtained from https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2. The path is: result -> attributes -> id */
  aliexpress_attribute_name_id?: Int64Input;
}

/** `SkuInfoDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSkuInfoDtoInput {
  /** barcode of the sku. Except some Russian sellers who will be fulfilled by Aliexpress, please ignore this field for other sellers. */
  bar_code?: string;
  /** sku attribute list. Some categories don't have sku attributes, then sku_attributes_list should be empty.When there are more than one sku in the sku_info_list, sku_attributes_list is required for each of them, please do not let them empty */
  sku_attributes_list?: AliexpressSolutionProductPostSkuAttributeDtoInput[];
  /** stock. Maximum:999999, minumum:1 */
  inventory: Int64Input;
  /** price. Maximum: 999999, minumum:0.01 */
  price: string;
  /** Merchant's identificator for the SKU. Important reference to maintain the sku relationship between merchant and Aliexpress. */
  sku_code: string;
  /** discount price for the sku. discount_price should be cheaper than price. */
  discount_price?: string;
  /** extra params. Configured some special products */
  extra_params?: string;
  /** EAN, or EAN13, stands for International Article Number (originally European Article Number). It is an extension of the UPC codes and you'll find them as barcodes on most everyday products. Sometimes the barcode is also called GTIN or GTIN13 (Global Trade Identifier) */
  ean_code?: string;
}

/** `SkuAttributeDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSkuAttributeDtoInput {
  /** Image that will represent the variation of the product. The url can point to a seller's server or to AliExpress photobank. In order to obtain more information about the photobank and how to upload images, please visit the following page: https://developers.aliexpress.com/en/doc.htm?docId=30186&docType=2 */
  sku_image_url?: string;
  /** Customized sku attribute value by sellers, do not include these 4 symbols { # : = , }.maximum 70 characters. */
  sku_attribute_value?: string;
  /** Deprecated, please use sku_attribute_name_id. To obtain the available sku attribute names under a specific category, please check API: aliexpress.solution.sku.attribute.query. */
  sku_attribute_name?: string;
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2 to obtain the sku_attribute_name_id under specific category */
  sku_attribute_name_id?: Int64Input;
  /** Please refer to https://developers.aliexpress.com/en/doc.htm?docId=29988&docType=2 to obtain the sku_attribute_value_id under specific category */
  sku_attribute_value_id?: Int64Input;
}

/** `MultiCountryPriceConfigurationDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostMultiCountryPriceConfigurationDtoInput {
  /** Support absolute or delete. When filling in "delete", the multi_country_price_configuration will be eliminated. */
  price_type?: string;
  /** Price list for different countries */
  country_price_list?: AliexpressSolutionProductPostSingleCountryPriceDtoInput[];
}

/** `SingleCountryPriceDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSingleCountryPriceDtoInput {
  /** ISO code of the country. Currently supporting: RU, US, CA, ES, FR, UK, NL, IL, BR, CL, AU, UA, BY, JP, TH, SG, KR, ID, MY, PH, VN, IT, DE, SA, AE, PL, TR */
  ship_to_country?: string;
  /** Sku price list under the same ship_to_country */
  sku_price_by_country_list?: AliexpressSolutionProductPostSingleSkuPriceByCountryDtoInput[];
}

/** `SingleSkuPriceByCountryDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostSingleSkuPriceByCountryDtoInput {
  /** sku_code, must existed in sku_info_list */
  sku_code?: string;
  /** Deprecated. Will be offline. */
  value?: string;
  /** Value of price configuration. If the price of a specific country is set, it must be greater than or equal to 70% of the original sku price */
  price?: string;
  /** Value of discount_price for each country, should be less than the retailPrice and greater than or equal to 10% of it. */
  discount_price?: string;
}

/** `PostItemResponseDto` of `aliexpress.solution.product.post`. */
export interface AliexpressSolutionProductPostPostItemResponseDto {
  /** When invoked successfully, Aliexpress will return a product Id. */
  product_id?: Int64;
}

const REQUEST_SCHEMA = {
  post_product_request: {
    subject: 'String',
    description: 'String',
    language: 'String',
    product_unit: 'Number',
    multi_language_description_list: [
      {
        language: 'String',
        web_detail: 'String',
        mobile_detail: 'String',
      },
    ],
    multi_language_subject_list: [
      {
        subject: 'String',
        language: 'String',
      },
    ],
    group_id: 'Number',
    extra_params: 'String',
    marketing_images: [
      {
        image_type: 'Number',
        image_url: 'String',
      },
    ],
    developer_features: 'String',
    aliexpress_category_id: 'Number',
    category_id: 'String',
    brand_name: 'String',
    main_image_urls_list: ['String'],
    attribute_list: [
      {
        attribute_value: 'String',
        attribute_name: 'String',
        aliexpress_attribute_value_id: 'Number',
        aliexpress_attribute_name_id: 'Number',
      },
    ],
    sku_info_list: [
      {
        bar_code: 'String',
        sku_attributes_list: [
          {
            sku_image_url: 'String',
            sku_attribute_value: 'String',
            sku_attribute_name: 'String',
            sku_attribute_name_id: 'Number',
            sku_attribute_value_id: 'Number',
          },
        ],
        inventory: 'Number',
        price: 'String',
        sku_code: 'String',
        discount_price: 'String',
        extra_params: 'String',
        ean_code: 'String',
      },
    ],
    inventory_deduction_strategy: 'String',
    weight: 'String',
    package_length: 'Number',
    package_height: 'Number',
    package_width: 'Number',
    multi_country_price_configuration: {
      price_type: 'String',
      country_price_list: [
        {
          ship_to_country: 'String',
          sku_price_by_country_list: [
            {
              sku_code: 'String',
              value: 'String',
              price: 'String',
              discount_price: 'String',
            },
          ],
        },
      ],
    },
    freight_template_id: 'Number',
    size_chart_id: 'Number',
    shipping_lead_time: 'Number',
    service_policy_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    product_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.product.post`: method, response root, request and response schemas. */
export const aliexpressSolutionProductPostOperation = {
  method: 'aliexpress.solution.product.post',
  responseRoot: 'aliexpress_solution_product_post_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Product posting API — calls TOP method `aliexpress.solution.product.post`.
 *
 * Product posting API for Oversea merchants, simplifying the complexity of integration that sellers and merchants face. For example, these sellers can use their own category and attributes instead of mapping those from AE.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionProductPost(
  client: TopClient,
  request: AliexpressSolutionProductPostRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionProductPostResponse> {
  return client.call<AliexpressSolutionProductPostResponse>(
    {
      method: 'aliexpress.solution.product.post',
      responseRoot: 'aliexpress_solution_product_post_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

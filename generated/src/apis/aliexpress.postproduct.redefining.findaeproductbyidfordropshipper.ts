// Generated from specs/aedropshiper/aliexpress.postproduct.redefining.findaeproductbyidfordropshipper.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper` (Dropshipper查找商品信息接口). */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperRequest {
  /** 商品ID */
  product_id?: Int64Input;
  /** 国家 */
  local_country?: string;
  /** 语言 */
  local_language?: string;
}

/** Response of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperResponse {
  /** result */
  result?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopFindProductResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeopFindProductResultDto` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopFindProductResultDto {
  /** 商品的SKU信息 */
  aeop_ae_product_s_k_us?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeProductSku[];
  /** 商品详描 */
  detail?: string;
  /** 请求是否成功 */
  is_success?: boolean;
  /** 产品的单位 */
  product_unit?: Int64;
  /** 产品的下架日期 */
  ws_offline_date?: string;
  /** 产品的下架原因 */
  ws_display?: string;
  /** 产品所在类目的ID */
  category_id?: Int64;
  /** 商品多媒体信息，该属性主要包含商品的视频列表 */
  aeop_a_e_multimedia?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeMultimedia;
  /** 商品拥有者的login_id */
  owner_member_id?: string;
  /** 产品的状态 */
  product_status_type?: string;
  /** 商品的类目属性 */
  aeop_ae_product_propertys?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeProductProperty[];
  /** 产品的毛重 */
  gross_weight?: string;
  /** 商品的备货期 */
  delivery_time?: Int64;
  /** 产品的有效期 */
  ws_valid_num?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 错误信息 */
  error_message?: string;
  /** 包装类型 */
  package_type?: boolean;
  /** 商品分国家报价的配置 */
  aeop_national_quote_configuration?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopNationalQuoteConfiguration;
  /** 产品的标题 */
  subject?: string;
  /** 自定义计重的基本产品件数 */
  base_unit?: Int64;
  /** 产品的长度 */
  package_length?: Int64;
  /** 无线详描 */
  mobile_detail?: string;
  /** 产品的高度 */
  package_height?: Int64;
  /** 产品的宽度 */
  package_width?: Int64;
  /** 产品的货币单位。美元: USD, 卢布: RUB */
  currency_code?: string;
  /** 产品创建时间 */
  gmt_create?: string;
  /** 产品的主图列表 */
  image_u_r_ls?: string;
  /** 产品ID */
  product_id?: Int64;
  /** 错误代码 */
  error_code?: Int64;
  /** 单品产品的价格。 */
  product_price?: string;
  /** 网站折扣后价格 */
  item_offer_site_sale_price?: string;
  /** 库存 */
  total_available_stock?: Int64;
  /** 店铺信息 */
  store_info?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopStoreInfo;
  /** 评价数 */
  evaluation_count?: Int64;
  /** 平均评价星级，1-5星 */
  avg_evaluation_rating?: string;
  /** 订单数 */
  order_count?: Int64;
}

/** `AeopAeProductSku` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeProductSku {
  /** Sku库存,数据格式有货true，无货false；至少有一条sku记录是有货的。 */
  sku_stock?: boolean;
  /** Sku价格。取值范围:0.01-100000;单位:美元。 如:200.07，表示:200美元7分。需要在正确的价格区间内。 */
  sku_price?: string;
  /** Sku商家编码。 格式:半角英数字,长度20,不包含空格大于号和小于号。如果用户只填写零售价（productprice）和商品编码，需要完整生成一条SKU记录提交，否则商品编码无法保存。系统会认为只提交了零售价，而没有SKU，导致商品编辑未保存。 */
  sku_code?: string;
  /** SKU实际可售库存属性ipmSkuStock，该属性值的合理取值范围为0~999999，如该商品有SKU时，请确保至少有一个SKU是有货状态，也就是ipmSkuStock取值是1~999999，在整个商品纬度库存值的取值范围是1~999999。 如果同时设置了skuStock属性，那么系统以ipmSkuStock属性为优先；如果没有设置ipmSkuStock属性，那么系统会根据skuStock属性进行设置库存，true表示999，false表示0。 */
  ipm_sku_stock?: Int64;
  /** SKU ID */
  id?: string;
  /** 产品的货币单位。美元: USD, 卢布: RUB */
  currency_code?: string;
  /** Sku属性对象list，允许1-3个sku属性对象，按sku属性顺序排放。sku属性从类目属性接口getAttributesResultByCateId获取。该项值输入sku属性，不能输入普通类目属性。注意，sku属性是有顺序的，必须按照顺序存放。 */
  aeop_s_k_u_propertys?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopSkuProperty[];
  /** 商品条形码 */
  barcode?: string;
  /** sku折扣价格 */
  offer_sale_price?: string;
  /** sku批量折扣价 */
  offer_bulk_sale_price?: string;
  /** 最少起批的数量 */
  sku_bulk_order?: Int64;
  /** sku库存 */
  s_k_u_available_stock?: Int64;
}

/** `AeopSkuProperty` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopSkuProperty {
  /** skuPropertyId */
  sku_property_id?: Int64;
  /** skuImage */
  sku_image?: string;
  /** 自定义id */
  property_value_id_long?: Int64;
  /** 自定义名 */
  property_value_definition_name?: string;
  /** 属性值 */
  sku_property_value?: string;
  /** 属性名 */
  sku_property_name?: string;
}

/** `AeopAeMultimedia` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeMultimedia {
  /** 多媒体信息。 */
  aeop_a_e_videos?: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeVideo[];
}

/** `AeopAeVideo` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeVideo {
  /** 视频封面图片的URL */
  poster_url?: string;
  /** 视频的类型 */
  media_type?: string;
  /** 视频的状态 */
  media_status?: string;
  /** 视频ID */
  media_id?: Int64;
  /** 卖家主账户ID */
  ali_member_id?: Int64;
}

/** `AeopAeProductProperty` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopAeProductProperty {
  /** 属性单位 */
  attr_value_unit?: string;
  /** 区间属性开始值 */
  attr_value_start?: string;
  /** 属性值ID */
  attr_value_id?: Int64;
  /** 区间属性结束值 */
  attr_value_end?: string;
  /** 属性值 */
  attr_value?: string;
  /** 属性Id */
  attr_name_id?: Int64;
  /** 属性名字 */
  attr_name?: string;
}

/** `AeopNationalQuoteConfiguration` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopNationalQuoteConfiguration {
  /** 分国家定价规则类型[percentage：基于基准价格按比例配置] */
  configuration_type?: string;
  /** jsonArray格式的分国家定价规则数据。 1)基于基准价格按比例配置的数据格式：[{"shiptoCountry":"US","percentage":"5"},{"shiptoCountry":"RU","percentage":"-2"}] 其中shiptoCountry：ISO两位的国家编码（目前支持11个国家：RU,US,CA,ES,FR,UK,NL,IL,BR,CL,AU）， percentage：相对于基准价的调价比例（百分比整数，支持负数，当前限制>=-30 && <=100） */
  configuration_data?: string;
}

/** `AeopStoreInfo` of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`. */
export interface AliexpressPostproductRedefiningFindaeproductbyidfordropshipperAeopStoreInfo {
  /** 卖家服务，1-5星 */
  communication_rating?: string;
  /** 商品描述，1-5星 */
  item_as_descriped_rating?: string;
  /** 物流，1-5星 */
  shipping_speed_rating?: string;
  /** 店铺ID */
  store_id?: Int64;
  /** 店铺名 */
  store_name?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  local_country: 'String',
  local_language: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    aeop_ae_product_s_k_us: [
      {
        sku_stock: 'Boolean',
        sku_price: 'String',
        sku_code: 'String',
        ipm_sku_stock: 'Number',
        id: 'String',
        currency_code: 'String',
        aeop_s_k_u_propertys: [
          {
            sku_property_id: 'Number',
            sku_image: 'String',
            property_value_id_long: 'Number',
            property_value_definition_name: 'String',
            sku_property_value: 'String',
            sku_property_name: 'String',
          },
        ],
        barcode: 'String',
        offer_sale_price: 'String',
        offer_bulk_sale_price: 'String',
        sku_bulk_order: 'Number',
        s_k_u_available_stock: 'Number',
      },
    ],
    detail: 'String',
    is_success: 'Boolean',
    product_unit: 'Number',
    ws_offline_date: 'Date',
    ws_display: 'String',
    category_id: 'Number',
    aeop_a_e_multimedia: {
      aeop_a_e_videos: [
        {
          poster_url: 'String',
          media_type: 'String',
          media_status: 'String',
          media_id: 'Number',
          ali_member_id: 'Number',
        },
      ],
    },
    owner_member_id: 'String',
    product_status_type: 'String',
    aeop_ae_product_propertys: [
      {
        attr_value_unit: 'String',
        attr_value_start: 'String',
        attr_value_id: 'Number',
        attr_value_end: 'String',
        attr_value: 'String',
        attr_name_id: 'Number',
        attr_name: 'String',
      },
    ],
    gross_weight: 'String',
    delivery_time: 'Number',
    ws_valid_num: 'Number',
    gmt_modified: 'Date',
    error_message: 'String',
    package_type: 'Boolean',
    aeop_national_quote_configuration: {
      configuration_type: 'String',
      configuration_data: 'String',
    },
    subject: 'String',
    base_unit: 'Number',
    package_length: 'Number',
    mobile_detail: 'String',
    package_height: 'Number',
    package_width: 'Number',
    currency_code: 'String',
    gmt_create: 'Date',
    image_u_r_ls: 'String',
    product_id: 'Number',
    error_code: 'Number',
    product_price: 'String',
    item_offer_site_sale_price: 'String',
    total_available_stock: 'Number',
    store_info: {
      communication_rating: 'String',
      item_as_descriped_rating: 'String',
      shipping_speed_rating: 'String',
      store_id: 'Number',
      store_name: 'String',
    },
    evaluation_count: 'Number',
    avg_evaluation_rating: 'String',
    order_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`: method, response root, request and response schemas. */
export const aliexpressPostproductRedefiningFindaeproductbyidfordropshipperOperation = {
  method: 'aliexpress.postproduct.redefining.findaeproductbyidfordropshipper',
  responseRoot: 'aliexpress_postproduct_redefining_findaeproductbyidfordropshipper_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Dropshipper查找商品信息接口 — calls TOP method `aliexpress.postproduct.redefining.findaeproductbyidfordropshipper`.
 *
 * 提供给Dropshipper的通过商品ID查找商品信息的接口，只有特定买家可以使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressPostproductRedefiningFindaeproductbyidfordropshipper(
  client: TopClient,
  request: AliexpressPostproductRedefiningFindaeproductbyidfordropshipperRequest = {},
  options?: CallOptions,
): Promise<AliexpressPostproductRedefiningFindaeproductbyidfordropshipperResponse> {
  return client.call<AliexpressPostproductRedefiningFindaeproductbyidfordropshipperResponse>(
    {
      method: 'aliexpress.postproduct.redefining.findaeproductbyidfordropshipper',
      responseRoot: 'aliexpress_postproduct_redefining_findaeproductbyidfordropshipper_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/icbu/alibaba.icbu.product.add.draft.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.add.draft` (ICBU商品发布草稿接口). */
export interface AlibabaIcbuProductAddDraftRequest {
  /**
   * 商品属性和属性值
   *
   * Max list size: 100
   */
  attributes?: AlibabaIcbuProductAddDraftProductAttributeInput[];
  /**
   * 根据数量设置的折扣价
   *
   * Max list size: 4
   */
  bulk_discount_prices?: AlibabaIcbuProductAddDraftBulkDiscountPriceInput[];
  /** 类目ID */
  category_id: Int64Input;
  /**
   * 商品详情描述，可包含图片中心的图片URL
   *
   * Max length: 60000
   */
  description?: string;
  /** 补充信息 */
  extra_context?: string | Record<string, unknown>;
  /** 分组ID */
  group_id?: Int64Input;
  /**
   * 关键词，不要包含特殊符号（如,;），最多三个
   *
   * Max list size: 3
   */
  keywords?: string[];
  /** 语种，参见FAQ 语种枚举值 */
  language: string;
  /** 商品主图 */
  main_image?: AlibabaIcbuProductAddDraftMainImageInput;
  /** 商品SKU定义 */
  product_sku?: AlibabaIcbuProductAddDraftProductSkuInput;
  /** 商品类型，在线批发商品(wholesale)或者询盘商品(sourcing)，值为wholesale时，必须填写wholesale_trade */
  product_type: string;
  /** 询盘商品交易信息 */
  sourcing_trade?: AlibabaIcbuProductAddDraftSourcingTradeInput;
  /**
   * 商品名称，最多128个字符
   *
   * Max length: 128
   */
  subject?: string;
  /** 在线批发商品交易信息 */
  wholesale_trade?: AlibabaIcbuProductAddDraftWholesaleTradeInput;
  /** 发布的市场，支持main/onesite，默认main发到主市场，填onesite发布为商机通产品 */
  market?: string;
  /** 是否智能编辑，如果不传，默认为false */
  is_smart_edit?: boolean;
  /** 定制信息 */
  custom_info?: AlibabaIcbuProductAddDraftCustomInfoInput;
}

/** Response of `alibaba.icbu.product.add.draft`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductAddDraftResponse {
  /** 混淆后的产品ID */
  product_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductAttribute` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftProductAttributeInput {
  /** 属性ID */
  attribute_id?: Int64Input;
  /** 属性名称 */
  attribute_name?: string;
  /** 属性值ID */
  value_id?: Int64Input;
  /** 属性值名称 */
  value_name?: string;
  /** 作为sku属性值时，自定义属性值名称 */
  sku_custom_value_name?: string;
  /** 作为sku属性值时，用图形来展示；必须是alibaba图片中心的图片URL，请使用API alibaba.icbu.photobank.upload 上传图片 */
  sku_custom_image_url?: string;
}

/** `BulkDiscountPrice` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftBulkDiscountPriceInput {
  /** 起始数量，范围是1-99999 */
  start_quantity?: Int64Input;
  /** 价格，范围是0.01-9999999.00 */
  price?: string;
}

/** `MainImage` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftMainImageInput {
  /** alibaba图片中心的图片URL列表，请使用alibaba.icbu.photobank.upload接口上传图片 */
  images?: string[];
  /** 是否打水印，是(true)或否(false) */
  watermark?: boolean;
  /** 水印是否有边框，有边框(Y)或者无边框(N) */
  watermark_frame?: string;
  /** 水印位置，在中间(center)或者在底部(bottom) */
  watermark_position?: string;
}

/** `ProductSku` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftProductSkuInput {
  /** 商品属性 */
  attributes?: AlibabaIcbuProductAddDraftProductAttributeInput2[];
  /** 单个SKU详细定义 */
  special_skus?: AlibabaIcbuProductAddDraftSkuDetailInput[];
  /** 需要失效的SKU的详细定义 */
  exclude_skus?: AlibabaIcbuProductAddDraftSkuDetailInput2[];
}

/** `ProductAttribute` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftProductAttributeInput2 {
  /** 属性ID */
  attribute_id?: Int64Input;
  /** 属性名称 */
  attribute_name?: string;
  /** 属性值ID，自定义属性值时ID要小于0，并且不能重复 */
  value_id?: Int64Input;
  /** 属性值名称 */
  value_name?: string;
  /** 作为sku属性值时，用图形来展示；必须是alibaba图片中心的图片URL，请使用API alibaba.icbu.photobank.upload 上传图片 */
  sku_custom_image_url?: string;
  /** 作为sku属性值时，自定义属性值名称 */
  sku_custom_value_name?: string;
}

/** `SkuDetail` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftSkuDetailInput {
  /** 商品属性 */
  attributes?: AlibabaIcbuProductAddDraftProductAttributeInput2[];
  /** 价格，单位是美元，精确到小数点后两位，范围是0.01-9999999.00 */
  price?: string;
  /** 商品的SKU编码 */
  sku_code?: string;
  /** 库存 */
  inventory_dto_list?: AlibabaIcbuProductAddDraftInventoryDetailInput[];
}

/** `InventoryDetail` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftInventoryDetailInput {
  /** 仓库code，默认不填 */
  store_code?: string;
  /** 想设置的库存 */
  current_inventory?: Int64Input;
  /** 原始库存 */
  src_inventory?: Int64Input;
}

/** `SkuDetail` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftSkuDetailInput2 {
  /** 商品属性 */
  attributes?: AlibabaIcbuProductAddDraftProductAttributeInput2[];
  /** 价格，单位是美元，精确到小数点后两位，范围是0.01-9999999.00 */
  price?: string;
}

/** `SourcingTrade` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftSourcingTradeInput {
  /** FOB货币价格，枚举值 */
  fob_currency?: string;
  /** FOB最小价格 */
  fob_min_price?: string;
  /** FOB最大价格 */
  fob_max_price?: string;
  /** FOB计量单位，枚举值 */
  fob_unit_type?: string;
  /** 付款方式，枚举值 */
  payment_methods?: string[];
  /** 最小起订量 */
  min_order_quantity?: string;
  /** 最小起订量计量单位，枚举值 */
  min_order_unit_type?: string;
  /** 供货能力 */
  supply_quantity?: string;
  /** 供货能力计量单位，枚举值 */
  supply_unit_type?: string;
  /** 供货能力周期，枚举值 */
  supply_period_type?: string;
  /** 发货港口 */
  delivery_port?: string;
  /** 发货期限 */
  delivery_time?: string;
  /** 包装信息 */
  packaging_desc?: string;
  /** 发货周期，发货时间相关建议使用此项 */
  deliver_periods?: AlibabaIcbuProductAddDraftDeliverPeriodInput[];
}

/** `DeliverPeriod` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftDeliverPeriodInput {
  /** 预计需要发货时间 */
  process_period?: Int64Input;
  /** 数量 */
  quantity?: Int64Input;
}

/** `WholesaleTrade` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftWholesaleTradeInput {
  /** 最小计量单位，枚举值 */
  unit_type?: string;
  /** 销售方式，按件卖(normal)或者按批卖(batch) */
  sale_type?: string;
  /** 每批数量，当sale_type=batch时生效，范围是1-99999 */
  batch_number?: Int64Input;
  /** 价格，单位是美元，精确到小数点后两位，范围是0.01-9999999.00 */
  price?: string;
  /** 尺寸，单位是厘米，长宽高范围是1-9999999 */
  package_size?: string;
  /** 重量，单位是kg，精确到小数点后三位，范围是0.01-9999999.000 */
  weight?: string;
  /** 最小起订量，范围是1-99999 */
  min_order_quantity?: Int64Input;
  /** 运费模板ID */
  shipping_line_template_id?: Int64Input;
  /** 备货期，单位是天，范围是1-60 */
  handling_time?: Int64Input;
  /** 发货周期，发货时间相关建议使用此项 */
  deliver_periods?: AlibabaIcbuProductAddDraftDeliverPeriodInput[];
}

/** `CustomInfo` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftCustomInfoInput {
  /** 定制内容 */
  custom_contents?: AlibabaIcbuProductAddDraftCustomContentInput[];
}

/** `CustomContent` of `alibaba.icbu.product.add.draft`. */
export interface AlibabaIcbuProductAddDraftCustomContentInput {
  /** 最小起订量 */
  min_order_quantity?: Int64Input;
  /** 定制类型，只允许填写英文字符 */
  custom_type?: string;
}

const REQUEST_SCHEMA = {
  attributes: [
    {
      attribute_id: 'Number',
      attribute_name: 'String',
      value_id: 'Number',
      value_name: 'String',
      sku_custom_value_name: 'String',
      sku_custom_image_url: 'String',
    },
  ],
  bulk_discount_prices: [
    {
      start_quantity: 'Number',
      price: 'String',
    },
  ],
  category_id: 'Number',
  description: 'String',
  extra_context: 'Json',
  group_id: 'Number',
  keywords: ['String'],
  language: 'String',
  main_image: {
    images: ['String'],
    watermark: 'Boolean',
    watermark_frame: 'String',
    watermark_position: 'String',
  },
  product_sku: {
    attributes: [
      {
        attribute_id: 'Number',
        attribute_name: 'String',
        value_id: 'Number',
        value_name: 'String',
        sku_custom_image_url: 'String',
        sku_custom_value_name: 'String',
      },
    ],
    special_skus: [
      {
        attributes: [
          {
            attribute_id: 'Number',
            attribute_name: 'String',
            value_id: 'Number',
            value_name: 'String',
            sku_custom_image_url: 'String',
            sku_custom_value_name: 'String',
          },
        ],
        price: 'String',
        sku_code: 'String',
        inventory_dto_list: [
          {
            store_code: 'String',
            current_inventory: 'Number',
            src_inventory: 'Number',
          },
        ],
      },
    ],
    exclude_skus: [
      {
        attributes: [
          {
            attribute_id: 'Number',
            attribute_name: 'String',
            value_id: 'Number',
            value_name: 'String',
            sku_custom_image_url: 'String',
            sku_custom_value_name: 'String',
          },
        ],
        price: 'String',
      },
    ],
  },
  product_type: 'String',
  sourcing_trade: {
    fob_currency: 'String',
    fob_min_price: 'String',
    fob_max_price: 'String',
    fob_unit_type: 'String',
    payment_methods: ['String'],
    min_order_quantity: 'String',
    min_order_unit_type: 'String',
    supply_quantity: 'String',
    supply_unit_type: 'String',
    supply_period_type: 'String',
    delivery_port: 'String',
    delivery_time: 'String',
    packaging_desc: 'String',
    deliver_periods: [
      {
        process_period: 'Number',
        quantity: 'Number',
      },
    ],
  },
  subject: 'String',
  wholesale_trade: {
    unit_type: 'String',
    sale_type: 'String',
    batch_number: 'Number',
    price: 'String',
    package_size: 'String',
    weight: 'String',
    min_order_quantity: 'Number',
    shipping_line_template_id: 'Number',
    handling_time: 'Number',
    deliver_periods: [
      {
        process_period: 'Number',
        quantity: 'Number',
      },
    ],
  },
  market: 'String',
  is_smart_edit: 'Boolean',
  custom_info: {
    custom_contents: [
      {
        min_order_quantity: 'Number',
        custom_type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.add.draft`: method, response root, request and response schemas. */
export const alibabaIcbuProductAddDraftOperation = {
  method: 'alibaba.icbu.product.add.draft',
  responseRoot: 'alibaba_icbu_product_add_draft_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ICBU商品发布草稿接口 — calls TOP method `alibaba.icbu.product.add.draft`.
 *
 * 发布商品草稿,支持sourcing/一口价商品，支持英文和多种语言原发商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductAddDraft(
  client: TopClient,
  request: AlibabaIcbuProductAddDraftRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductAddDraftResponse> {
  return client.call<AlibabaIcbuProductAddDraftResponse>(
    {
      method: 'alibaba.icbu.product.add.draft',
      responseRoot: 'alibaba_icbu_product_add_draft_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/idle/alibaba.idle.rent.item.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.item.add` (租赁商品发布). */
export interface AlibabaIdleRentItemAddRequest {
  /** 商品信息 */
  param_rent_item_d_t_o: AlibabaIdleRentItemAddRentItemDtoInput;
}

/** Response of `alibaba.idle.rent.item.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentItemAddResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentItemAddTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RentItemDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddRentItemDtoInput {
  /** 地址信息 */
  address: AlibabaIdleRentItemAddAddressDtoInput;
  /** 类目id */
  cat_id: Int64Input;
  /** 至少5个字符 */
  desc: string;
  /** 标签 */
  featured_tags?: string[];
  /** sku */
  item_sku_list?: AlibabaIdleRentItemAddItemSkuDtoInput[];
  /** 商品图片 */
  media: AlibabaIdleRentItemAddMediaDtoInput;
  /** 价格信息 */
  price_info: AlibabaIdleRentItemAddPriceDtoInput;
  /** 类目属性对 */
  prop_pairs?: AlibabaIdleRentItemAddItemPvPairDtoInput[];
  /** 库存，无sku信息时必选 */
  quantity?: Int64Input;
  /** 标配信息 */
  standard_equipments?: AlibabaIdleRentItemAddEquipmentDtoInput[];
  /** 标题，最少一个5个字符 */
  title: string;
  /** 新旧程度，10表示全新，9表示九成新 */
  used_level?: Int64Input;
  /** 物流模板id */
  template_id: Int64Input;
  /** true表示包邮，否则表示不包邮 */
  free_postage?: boolean;
}

/** `AddressDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddAddressDtoInput {
  /** 区 */
  area: string;
  /** 市 */
  city: string;
  /** 省 */
  prov: string;
}

/** `ItemSkuDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddItemSkuDtoInput {
  /** sku价格，单位分 */
  price?: Int64Input;
  /** sku属性 */
  prop_list?: AlibabaIdleRentItemAddItemPvPairDtoInput[];
  /** sku库存 */
  quantity?: Int64Input;
}

/** `ItemPvPairDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddItemPvPairDtoInput {
  /** sku属性名 */
  prop_text?: string;
  /** sku属性值名称 */
  value_text?: string;
}

/** `MediaDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddMediaDtoInput {
  /** 商品主图列表 */
  images: AlibabaIdleRentItemAddImageInfoDtoInput[];
  /** 商品详情图片列表 */
  prop_images: AlibabaIdleRentItemAddImageInfoDtoInput[];
}

/** `ImageInfoDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddImageInfoDtoInput {
  /** 图片id */
  id: Int64Input;
}

/** `PriceDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddPriceDtoInput {
  /** 押金，单位分 */
  deposit?: Int64Input;
  /** 市场价，单位分 */
  original_price: Int64Input;
  /** 买断价，单位分 */
  reserve_price: Int64Input;
  /** 日结算价格，单位分 */
  settle_price_per_day: Int64Input;
}

/** `EquipmentDto` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddEquipmentDtoInput {
  /** 标配名称 */
  name?: string;
  /** 标配值，多为数量 */
  value?: string;
}

/** `TopResult` of `alibaba.idle.rent.item.add`. */
export interface AlibabaIdleRentItemAddTopResult {
  /** 商品id */
  data?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_rent_item_d_t_o: {
    address: {
      area: 'String',
      city: 'String',
      prov: 'String',
    },
    cat_id: 'Number',
    desc: 'String',
    featured_tags: ['String'],
    item_sku_list: [
      {
        price: 'Number',
        prop_list: [
          {
            prop_text: 'String',
            value_text: 'String',
          },
        ],
        quantity: 'Number',
      },
    ],
    media: {
      images: [
        {
          id: 'Number',
        },
      ],
      prop_images: [
        {
          id: 'Number',
        },
      ],
    },
    price_info: {
      deposit: 'Number',
      original_price: 'Number',
      reserve_price: 'Number',
      settle_price_per_day: 'Number',
    },
    prop_pairs: [
      {
        prop_text: 'String',
        value_text: 'String',
      },
    ],
    quantity: 'Number',
    standard_equipments: [
      {
        name: 'String',
        value: 'String',
      },
    ],
    title: 'String',
    used_level: 'Number',
    template_id: 'Number',
    free_postage: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.item.add`: method, response root, request and response schemas. */
export const alibabaIdleRentItemAddOperation = {
  method: 'alibaba.idle.rent.item.add',
  responseRoot: 'alibaba_idle_rent_item_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 租赁商品发布 — calls TOP method `alibaba.idle.rent.item.add`.
 *
 * 发布闲鱼租赁商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentItemAdd(
  client: TopClient,
  request: AlibabaIdleRentItemAddRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentItemAddResponse> {
  return client.call<AlibabaIdleRentItemAddResponse>(
    {
      method: 'alibaba.idle.rent.item.add',
      responseRoot: 'alibaba_idle_rent_item_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

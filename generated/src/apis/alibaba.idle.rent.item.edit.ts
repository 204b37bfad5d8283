// Generated from specs/idle/alibaba.idle.rent.item.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.item.edit` (租赁商品编辑). */
export interface AlibabaIdleRentItemEditRequest {
  /** 商品信息 */
  param_rent_item_d_t_o: AlibabaIdleRentItemEditRentItemDtoInput;
}

/** Response of `alibaba.idle.rent.item.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentItemEditResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentItemEditTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RentItemDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditRentItemDtoInput {
  /** 地址信息 */
  address: AlibabaIdleRentItemEditAddressDtoInput;
  /** 类目id */
  cat_id: Int64Input;
  /** 至少5个字符 */
  desc: string;
  /** 标签 */
  featured_tags?: string[];
  /** 要更新的商品id */
  item_id: Int64Input;
  /** sku */
  item_sku_list?: AlibabaIdleRentItemEditItemSkuDtoInput[];
  /** 商品图片 */
  media: AlibabaIdleRentItemEditMediaDtoInput;
  /** 价格信息 */
  price_info: AlibabaIdleRentItemEditPriceDtoInput;
  /** 类目属性对 */
  prop_pairs?: AlibabaIdleRentItemEditItemPvPairDtoInput[];
  /** 库存，无sku信息时必选 */
  quantity?: Int64Input;
  /** 标配信息 */
  standard_equipments?: AlibabaIdleRentItemEditEquipmentDtoInput[];
  /** 状态，可选值为0（表示上架），-2（表示下架），不填默认为0 */
  status?: Int64Input;
  /** 标题，最少一个5个字符 */
  title: string;
  /** 新旧程度，10表示全新，9表示九成新 */
  used_level?: Int64Input;
  /** 物流模板id */
  template_id: Int64Input;
  /** true表示包邮，false表示不包邮 */
  free_postage?: boolean;
}

/** `AddressDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditAddressDtoInput {
  /** 区 */
  area: string;
  /** 市 */
  city: string;
  /** 省 */
  prov: string;
}

/** `ItemSkuDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditItemSkuDtoInput {
  /** sku价格，单位分，有sku时必填 */
  price?: Int64Input;
  /** sku属性，有sku时必填且不可为空 */
  prop_list?: AlibabaIdleRentItemEditItemPvPairDtoInput[];
  /** sku库存，有sku时必填 */
  quantity?: Int64Input;
}

/** `ItemPvPairDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditItemPvPairDtoInput {
  /** sku属性名，有sku属性信息时不可为空 */
  prop_text?: string;
  /** sku属性值名称，有sku属性信息时不可为空 */
  value_text?: string;
}

/** `MediaDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditMediaDtoInput {
  /** 商品主图列表 */
  images: AlibabaIdleRentItemEditImageInfoDtoInput[];
  /** 商品详情图片列表 */
  prop_images: AlibabaIdleRentItemEditImageInfoDtoInput[];
}

/** `ImageInfoDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditImageInfoDtoInput {
  /** 图片id */
  id: Int64Input;
}

/** `PriceDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditPriceDtoInput {
  /** 押金 */
  deposit: Int64Input;
  /** 市场价 */
  original_price: Int64Input;
  /** 买断价 */
  reserve_price: Int64Input;
  /** 日结算价格，单位分 */
  settle_price_per_day: Int64Input;
}

/** `EquipmentDto` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditEquipmentDtoInput {
  /** 标配名称 */
  name?: string;
  /** 标配值，多为数量 */
  value?: string;
}

/** `TopResult` of `alibaba.idle.rent.item.edit`. */
export interface AlibabaIdleRentItemEditTopResult {
  /** 是否更新成功 */
  data?: boolean;
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
    item_id: 'Number',
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
    status: 'Number',
    title: 'String',
    used_level: 'Number',
    template_id: 'Number',
    free_postage: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.item.edit`: method, response root, request and response schemas. */
export const alibabaIdleRentItemEditOperation = {
  method: 'alibaba.idle.rent.item.edit',
  responseRoot: 'alibaba_idle_rent_item_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 租赁商品编辑 — calls TOP method `alibaba.idle.rent.item.edit`.
 *
 * 发布闲鱼租赁商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentItemEdit(
  client: TopClient,
  request: AlibabaIdleRentItemEditRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentItemEditResponse> {
  return client.call<AlibabaIdleRentItemEditResponse>(
    {
      method: 'alibaba.idle.rent.item.edit',
      responseRoot: 'alibaba_idle_rent_item_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alsc/taobao.place.store.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.create` (商户门店创建接口). */
export interface TaobaoPlaceStoreCreateRequest {
  /** 门店创建入参 */
  store_create?: TaobaoPlaceStoreCreateStoreUpdateTopDtoInput;
}

/** Response of `taobao.place.store.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreCreateResponse {
  /** result */
  store_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreUpdateTopDto` of `taobao.place.store.create`. */
export interface TaobaoPlaceStoreCreateStoreUpdateTopDtoInput {
  /** 备注 */
  description?: string;
  /** 门店状态，枚举值。NORMAL：正常。CLOSE：关店。HOLD: 暂停营业 */
  status?: string;
  /** 门店信息 */
  store_keeper?: TaobaoPlaceStoreCreateStoreKeeperDtoInput;
  /** 门店地址 */
  store_adress?: TaobaoPlaceStoreCreateStoreAdressDtoInput;
  /** 门店结束营业时间 */
  end_time?: string;
  /** 门店开始营业时间 */
  start_time?: string;
  /** 门店主名 */
  name: string;
  /** 门店外部编码 */
  outer_code: string;
  /** 门店类型，枚举值。NORMAL：普通门店。暂时统一使用这个值 */
  store_type: string;
  /** 门店主类目 */
  main_category: Int64Input;
  /** 分店名称 */
  sub_name?: string;
  /** 店铺id */
  shop_id?: Int64Input;
  /** 门店类型 */
  biz_type?: Int64Input;
  /** 门店标 */
  tags?: string[];
  /** 24小时营业 */
  all_day?: boolean;
  /** 通用属性 */
  attributes?: TaobaoPlaceStoreCreateAttributeValueTopDtoInput[];
  /** 类目属性 */
  category_property_values?: TaobaoPlaceStoreCreatePropertyValueTopDtoInput[];
  /** 标准类目ID */
  standard_category_id?: string;
  /** 业务身份 */
  biz_code?: string;
  /** 业务属性 */
  biz_attributes?: TaobaoPlaceStoreCreateAttributeValueTopDtoInput[];
  /** 门店logo */
  logo?: string;
  /** 是否v3 */
  is_v3?: boolean;
  /** 星期 */
  week?: string[];
  /** 门店头图 */
  pic?: string;
  /** 审核状态 */
  authen_status?: Int64Input;
}

/** `StoreKeeperDto` of `taobao.place.store.create`. */
export interface TaobaoPlaceStoreCreateStoreKeeperDtoInput {
  /** 传真 */
  fax?: string;
  /** 电话 */
  tel: string;
  /** 移动电话 */
  mobile: string;
  /** 邮编 */
  zip_code?: string;
  /** 门店联系人 */
  name?: string;
}

/** `StoreAdressDto` of `taobao.place.store.create`. */
export interface TaobaoPlaceStoreCreateStoreAdressDtoInput {
  /** 维度 */
  pos_y?: string;
  /** 经度 */
  pos_x?: string;
  /** 详细地址 */
  detail_address: string;
  /** 街道 */
  town?: string;
  /** 区 */
  area: string;
  /** 城市 */
  city: string;
  /** 省份 */
  province: string;
  /** 营业面积 */
  business_area?: string;
}

/** `AttributeValueTopDto` of `taobao.place.store.create`. */
export interface TaobaoPlaceStoreCreateAttributeValueTopDtoInput {
  /** 属性Value */
  value?: string;
  /** 属性KEY */
  key?: string;
}

/** `PropertyValueTopDto` of `taobao.place.store.create`. */
export interface TaobaoPlaceStoreCreatePropertyValueTopDtoInput {
  /** 属性值 */
  value?: string;
  /** 属性ID */
  property_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  store_create: {
    description: 'String',
    status: 'String',
    store_keeper: {
      fax: 'String',
      tel: 'String',
      mobile: 'String',
      zip_code: 'String',
      name: 'String',
    },
    store_adress: {
      pos_y: 'Price',
      pos_x: 'Price',
      detail_address: 'String',
      town: 'String',
      area: 'String',
      city: 'String',
      province: 'String',
      business_area: 'String',
    },
    end_time: 'String',
    start_time: 'String',
    name: 'String',
    outer_code: 'String',
    store_type: 'String',
    main_category: 'Number',
    sub_name: 'String',
    shop_id: 'Number',
    biz_type: 'Number',
    tags: ['String'],
    all_day: 'Boolean',
    attributes: [
      {
        value: 'String',
        key: 'String',
      },
    ],
    category_property_values: [
      {
        value: 'String',
        property_id: 'Number',
      },
    ],
    standard_category_id: 'String',
    biz_code: 'String',
    biz_attributes: [
      {
        value: 'String',
        key: 'String',
      },
    ],
    logo: 'String',
    is_v3: 'Boolean',
    week: ['String'],
    pic: 'String',
    authen_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.create`: method, response root, request and response schemas. */
export const taobaoPlaceStoreCreateOperation = {
  method: 'taobao.place.store.create',
  responseRoot: 'place_store_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户门店创建接口 — calls TOP method `taobao.place.store.create`.
 *
 * 用于商家创建线下门店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreCreate(
  client: TopClient,
  request: TaobaoPlaceStoreCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreCreateResponse> {
  return client.call<TaobaoPlaceStoreCreateResponse>(
    {
      method: 'taobao.place.store.create',
      responseRoot: 'place_store_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alsc/taobao.place.store.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.modify` (商家修改线下门店). */
export interface TaobaoPlaceStoreModifyRequest {
  /** 门店创建入参 */
  store_update?: TaobaoPlaceStoreModifyStoreUpdateTopDtoInput;
}

/** Response of `taobao.place.store.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreModifyResponse {
  /** 是否修改成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreUpdateTopDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyStoreUpdateTopDtoInput {
  /** 备注 */
  description?: string;
  /** 门店状态，枚举值。NORMAL：正常。CLOSE：关店。HOLD: 暂停营业 */
  status?: string;
  /** 门店信息 */
  store_keeper?: TaobaoPlaceStoreModifyStoreKeeperDtoInput;
  /** 门店地址 */
  store_adress?: TaobaoPlaceStoreModifyStoreAdressDtoInput;
  /** 门店结束营业时间 */
  end_time?: string;
  /** 门店开始营业时间 */
  start_time?: string;
  /** 门店主名 */
  name?: string;
  /** 门店外部编码，v3版本不支持修改 */
  outer_code?: string;
  /** 门店类型，枚举值。NORMAL：普通门店。暂时统一使用这个值 */
  store_type?: string;
  /** 门店主类目 */
  main_category?: Int64Input;
  /** 分店名称 */
  sub_name?: string;
  /** 店铺id */
  shop_id?: Int64Input;
  /** 门店id */
  store_id: Int64Input;
  /** 24小时营业 */
  all_day?: boolean;
  /** 业务身份，不支持修改，用于校验 */
  biz_code?: string;
  /** 标准类目ID，v3时生效 */
  standard_category_id?: Int64Input;
  /** 类目属性 */
  category_property_values?: TaobaoPlaceStoreModifyPropertyValueTopDtoInput[];
  /** 业务属性 */
  biz_attributes?: TaobaoPlaceStoreModifyAttributeValueTopDtoInput[];
  /** 是否V3版本 */
  is_v3?: boolean;
  /** 门店logo */
  logo?: string;
  /** 通用属性 */
  attributes?: TaobaoPlaceStoreModifyAttributeValueTopDtoInput2[];
  /** 星期 */
  week?: string[];
  /** 门店头图 */
  pic?: string;
  /** 门店认证状态 */
  authen_status?: Int64Input;
}

/** `StoreKeeperDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyStoreKeeperDtoInput {
  /** 传真 */
  fax?: string;
  /** 电话 */
  tel?: string;
  /** 移动电话 */
  mobile?: string;
  /** 邮编 */
  zip_code?: string;
  /** 门店联系人 */
  name?: string;
}

/** `StoreAdressDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyStoreAdressDtoInput {
  /** 维度 */
  pos_y?: string;
  /** 经度 */
  pos_x?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 街道 */
  town?: string;
  /** 区 */
  area?: string;
  /** 城市 */
  city?: string;
  /** 省份 */
  province?: string;
  /** 营业面积 */
  business_area?: string;
}

/** `PropertyValueTopDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyPropertyValueTopDtoInput {
  /** 属性ID */
  property_id?: Int64Input;
  /** 属性值 */
  value?: string;
}

/** `AttributeValueTopDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyAttributeValueTopDtoInput {
  /** 属性Key */
  key?: string;
  /** 属性值 */
  value?: string;
}

/** `AttributeValueTopDto` of `taobao.place.store.modify`. */
export interface TaobaoPlaceStoreModifyAttributeValueTopDtoInput2 {
  /** 属性值 */
  value?: string;
  /** 属性key */
  key?: string;
}

const REQUEST_SCHEMA = {
  store_update: {
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
    store_id: 'Number',
    all_day: 'Boolean',
    biz_code: 'String',
    standard_category_id: 'Number',
    category_property_values: [
      {
        property_id: 'Number',
        value: 'String',
      },
    ],
    biz_attributes: [
      {
        key: 'String',
        value: 'String',
      },
    ],
    is_v3: 'Boolean',
    logo: 'String',
    attributes: [
      {
        value: 'String',
        key: 'String',
      },
    ],
    week: ['String'],
    pic: 'String',
    authen_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.modify`: method, response root, request and response schemas. */
export const taobaoPlaceStoreModifyOperation = {
  method: 'taobao.place.store.modify',
  responseRoot: 'place_store_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家修改线下门店 — calls TOP method `taobao.place.store.modify`.
 *
 * 用于商家修改线下门店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreModify(
  client: TopClient,
  request: TaobaoPlaceStoreModifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreModifyResponse> {
  return client.call<TaobaoPlaceStoreModifyResponse>(
    {
      method: 'taobao.place.store.modify',
      responseRoot: 'place_store_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/drug/taobao.alihealth.drug.store.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alihealth.drug.store.get` (根据店铺id获取店铺详情). */
export interface TaobaoAlihealthDrugStoreGetRequest {
  /** 店铺ID */
  shop_id: Int64Input;
}

/** Response of `taobao.alihealth.drug.store.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlihealthDrugStoreGetResponse {
  /** model */
  model?: TaobaoAlihealthDrugStoreGetStoreDetailDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreDetailDto` of `taobao.alihealth.drug.store.get`. */
export interface TaobaoAlihealthDrugStoreGetStoreDetailDto {
  /** tags */
  tags?: TaobaoAlihealthDrugStoreGetTags[];
  /** storeDetail */
  store_detail?: TaobaoAlihealthDrugStoreGetStoreDto;
  /** cat */
  cats?: TaobaoAlihealthDrugStoreGetCat[];
}

/** `Tags` of `taobao.alihealth.drug.store.get`. */
export interface TaobaoAlihealthDrugStoreGetTags {
  /** type */
  type?: string;
  /** picPath */
  pic_path?: string;
  /** desc */
  desc?: string;
  /** shortDesc */
  short_desc?: string;
  /** manFanType */
  man_fan_type?: string;
}

/** `StoreDto` of `taobao.alihealth.drug.store.get`. */
export interface TaobaoAlihealthDrugStoreGetStoreDto {
  /** shopId */
  shop_id?: string;
  /** storeId */
  store_id?: string;
  /** storeName */
  store_name?: string;
  /** picURL */
  pic_url?: string;
  /** businessStatus */
  business_status?: string;
  /** orderCount */
  order_count?: Int64;
  /** orderCountDesc */
  order_count_desc?: string;
  /** minimumAccount */
  minimum_account?: Int64;
  /** deliveryAccount */
  delivery_account?: Int64;
  /** notice */
  notice?: string;
  /** deliveryTime */
  delivery_time?: string;
  /** address */
  address?: string;
  /** tele */
  tele?: string;
  /** latitude */
  latitude?: string;
  /** longitude */
  longitude?: string;
  /** earliestTimeOfDelivery */
  earliest_time_of_delivery?: string;
  /** punctualityRate */
  punctuality_rate?: string;
  /** dpavgscore */
  dpavgscore?: string;
  /** areas */
  areas?: string;
  /** sellerNick */
  seller_nick?: string;
  /** deliveryType */
  delivery_type?: Int64;
  /** deliveryTypeDesc */
  delivery_type_desc?: string;
}

/** `Cat` of `taobao.alihealth.drug.store.get`. */
export interface TaobaoAlihealthDrugStoreGetCat {
  /** catId */
  cat_id?: string;
  /** catName */
  cat_name?: string;
  /** itemCount */
  item_count?: Int64;
}

const REQUEST_SCHEMA = {
  shop_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    tags: [
      {
        type: 'String',
        pic_path: 'String',
        desc: 'String',
        short_desc: 'String',
        man_fan_type: 'String',
      },
    ],
    store_detail: {
      shop_id: 'String',
      store_id: 'String',
      store_name: 'String',
      pic_url: 'String',
      business_status: 'String',
      order_count: 'Number',
      order_count_desc: 'String',
      minimum_account: 'Number',
      delivery_account: 'Number',
      notice: 'String',
      delivery_time: 'String',
      address: 'String',
      tele: 'String',
      latitude: 'String',
      longitude: 'String',
      earliest_time_of_delivery: 'String',
      punctuality_rate: 'String',
      dpavgscore: 'String',
      areas: 'String',
      seller_nick: 'String',
      delivery_type: 'Number',
      delivery_type_desc: 'String',
    },
    cats: [
      {
        cat_id: 'String',
        cat_name: 'String',
        item_count: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alihealth.drug.store.get`: method, response root, request and response schemas. */
export const taobaoAlihealthDrugStoreGetOperation = {
  method: 'taobao.alihealth.drug.store.get',
  responseRoot: 'alihealth_drug_store_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据店铺id获取店铺详情 — calls TOP method `taobao.alihealth.drug.store.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlihealthDrugStoreGet(
  client: TopClient,
  request: TaobaoAlihealthDrugStoreGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlihealthDrugStoreGetResponse> {
  return client.call<TaobaoAlihealthDrugStoreGetResponse>(
    {
      method: 'taobao.alihealth.drug.store.get',
      responseRoot: 'alihealth_drug_store_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

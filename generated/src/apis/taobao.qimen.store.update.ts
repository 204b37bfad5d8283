// Generated from specs/qimen/taobao.qimen.store.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.store.update` (门店更新接口). */
export interface TaobaoQimenStoreUpdateRequest {
  /** 门店名称 */
  store_name: string;
  /** 备注 */
  remark?: string;
  /** 门店主营类目 */
  main_category: Int64Input;
  /** 停止营业时间(只填时，分；只支持半点和整点) */
  end_time: string;
  /** 商户名称 */
  company_name: string;
  /** 开始营业时间(只填时，分；只支持半点和整点) */
  start_time: string;
  /** 门店状态 */
  store_status?: string;
  /** 商户介绍 */
  store_description?: string;
  /** 门店地址信息 */
  address?: TaobaoQimenStoreUpdateAddressInput;
  /** 需要关联的线上店铺ID */
  shop_id?: Int64Input;
  /** 门店所有者信息 */
  store_keeper?: TaobaoQimenStoreUpdateStoreKeeperInput;
  /** 门店类型 */
  store_type: string;
  /** 线上门店id */
  store_id: Int64Input;
  /** ERP系统中 门店编码 */
  store_code: string;
}

/** Response of `taobao.qimen.store.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStoreUpdateResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Address` of `taobao.qimen.store.update`. */
export interface TaobaoQimenStoreUpdateAddressInput {
  /** 区域 */
  region?: string;
  /** 区域 */
  area: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省份 */
  province: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address: string;
  /** 城市 */
  city?: string;
}

/** `StoreKeeper` of `taobao.qimen.store.update`. */
export interface TaobaoQimenStoreUpdateStoreKeeperInput {
  /** 传真 */
  fax?: string;
  /** 固定电话 */
  tel: string;
  /** 姓名 */
  name?: string;
  /** 邮编 */
  zip_code?: string;
  /** 移动电话 */
  mobile: string;
}

const REQUEST_SCHEMA = {
  store_name: 'String',
  remark: 'String',
  main_category: 'Number',
  end_time: 'String',
  company_name: 'String',
  start_time: 'String',
  store_status: 'String',
  store_description: 'String',
  address: {
    region: 'String',
    area: 'String',
    country_code: 'String',
    province: 'String',
    town: 'String',
    detail_address: 'String',
    city: 'String',
  },
  shop_id: 'Number',
  store_keeper: {
    fax: 'String',
    tel: 'String',
    name: 'String',
    zip_code: 'String',
    mobile: 'String',
  },
  store_type: 'String',
  store_id: 'Number',
  store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.store.update`: method, response root, request and response schemas. */
export const taobaoQimenStoreUpdateOperation = {
  method: 'taobao.qimen.store.update',
  responseRoot: 'qimen_store_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店更新接口 — calls TOP method `taobao.qimen.store.update`.
 *
 * 商家在ERP等系统中调用该接口，更新门店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStoreUpdate(
  client: TopClient,
  request: TaobaoQimenStoreUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoQimenStoreUpdateResponse> {
  return client.call<TaobaoQimenStoreUpdateResponse>(
    {
      method: 'taobao.qimen.store.update',
      responseRoot: 'qimen_store_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/qimen/taobao.qimen.store.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.store.create` (门店新增接口). */
export interface TaobaoQimenStoreCreateRequest {
  /** 门店名称 */
  store_name: string;
  /** 门店主营类目 */
  main_category: Int64Input;
  /** 商户名称 */
  company_name: string;
  /** 关闭营业时间(只填时，分；只支持半点和整点) */
  end_time: string;
  /** 开始营业时间(只填时，分；只支持半点和整点) */
  start_time: string;
  /** 门店状态 */
  store_status?: string;
  /** 商户介绍 */
  store_description?: string;
  /** 地址信息 */
  address?: TaobaoQimenStoreCreateAddressInput;
  /** 需要关联的线上店铺ID */
  shop_id?: Int64Input;
  /** 门店所有者信息 */
  store_keeper?: TaobaoQimenStoreCreateStoreKeeperInput;
  /** 门店的类型 */
  store_type: string;
  /** ERP系统中门店的编码 */
  store_code: string;
  /** 备注 */
  remark?: string;
}

/** Response of `taobao.qimen.store.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStoreCreateResponse {
  /** 响应信息 */
  message?: string;
  /** 响应标示 */
  flag?: string;
  /** 响应code */
  qimen_code?: string;
  /** 返回的门店id */
  store_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Address` of `taobao.qimen.store.create`. */
export interface TaobaoQimenStoreCreateAddressInput {
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
  city: string;
}

/** `StoreKeeper` of `taobao.qimen.store.create`. */
export interface TaobaoQimenStoreCreateStoreKeeperInput {
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
  main_category: 'Number',
  company_name: 'String',
  end_time: 'String',
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
  store_code: 'String',
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  flag: 'String',
  qimen_code: 'String',
  store_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.store.create`: method, response root, request and response schemas. */
export const taobaoQimenStoreCreateOperation = {
  method: 'taobao.qimen.store.create',
  responseRoot: 'qimen_store_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店新增接口 — calls TOP method `taobao.qimen.store.create`.
 *
 * isv调用接口来讲线下门店同步到线上
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStoreCreate(
  client: TopClient,
  request: TaobaoQimenStoreCreateRequest,
  options?: CallOptions,
): Promise<TaobaoQimenStoreCreateResponse> {
  return client.call<TaobaoQimenStoreCreateResponse>(
    {
      method: 'taobao.qimen.store.create',
      responseRoot: 'qimen_store_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

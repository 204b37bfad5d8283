// Generated from specs/qimen/taobao.qimen.store.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.store.query` (门店信息查询接口). */
export interface TaobaoQimenStoreQueryRequest {
  /** 已分配的线上门店ID */
  store_id: Int64Input;
}

/** Response of `taobao.qimen.store.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStoreQueryResponse {
  /** 门店名称 */
  store_name?: string;
  /** 备注 */
  remark?: string;
  /** 门店主营类目 */
  main_category?: Int64;
  /** 响应code */
  qimen_code?: string;
  /** 关闭营业时间 */
  end_time?: string;
  /** 商户名称 */
  company_name?: string;
  /** 开始营业时间 */
  start_time?: string;
  /** 响应消息 */
  message?: string;
  /** 门店状态 */
  store_status?: string;
  /** 响应标示 */
  flag?: string;
  /** 商户介绍 */
  store_description?: string;
  /** 地址信息 */
  address?: TaobaoQimenStoreQueryAddress;
  /** 需要关联的线上店铺ID */
  shop_id?: string;
  /** 所有者信息 */
  store_keeper?: TaobaoQimenStoreQueryStoreKeeper;
  /** 类型 */
  store_type?: string;
  /** ERP系统中 门店编码 */
  store_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Address` of `taobao.qimen.store.query`. */
export interface TaobaoQimenStoreQueryAddress {
  /** 区域 */
  region?: string;
  /** 区域 */
  area?: string;
  /** 国家二字码 */
  country_code?: string;
  /** 省份 */
  province?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 城市 */
  city?: string;
}

/** `StoreKeeper` of `taobao.qimen.store.query`. */
export interface TaobaoQimenStoreQueryStoreKeeper {
  /** 传真 */
  fax?: string;
  /** 固定电话 */
  tel?: string;
  /** 姓名 */
  name?: string;
  /** 邮编 */
  zip_code?: string;
  /** 移动电话 */
  mobile?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_name: 'String',
  remark: 'String',
  main_category: 'Number',
  qimen_code: 'String',
  end_time: 'String',
  company_name: 'String',
  start_time: 'String',
  message: 'String',
  store_status: 'String',
  flag: 'String',
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
  shop_id: 'String',
  store_keeper: {
    fax: 'String',
    tel: 'String',
    name: 'String',
    zip_code: 'String',
    mobile: 'String',
  },
  store_type: 'String',
  store_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.store.query`: method, response root, request and response schemas. */
export const taobaoQimenStoreQueryOperation = {
  method: 'taobao.qimen.store.query',
  responseRoot: 'qimen_store_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店信息查询接口 — calls TOP method `taobao.qimen.store.query`.
 *
 * 商家在ERP等系统中调用该接口，查询门店相关信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStoreQuery(
  client: TopClient,
  request: TaobaoQimenStoreQueryRequest,
  options?: CallOptions,
): Promise<TaobaoQimenStoreQueryResponse> {
  return client.call<TaobaoQimenStoreQueryResponse>(
    {
      method: 'taobao.qimen.store.query',
      responseRoot: 'qimen_store_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

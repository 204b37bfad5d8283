// Generated from specs/tmallcar/tmall.aliauto.eticket.store.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.eticket.store.get` (查询电子凭证对应门店信息). */
export interface TmallAliautoEticketStoreGetRequest {
  /**
   * 订单号列表，最多支持20条
   *
   * Max list size: 20
   */
  order_ids?: Int64Input[];
}

/** Response of `tmall.aliauto.eticket.store.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoEticketStoreGetResponse {
  /** 返回包装类 */
  result?: TmallAliautoEticketStoreGetBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `tmall.aliauto.eticket.store.get`. */
export interface TmallAliautoEticketStoreGetBaseResult {
  /** 返回的执行状态吗 */
  code?: string;
  /** 返回的数据实体 */
  data?: TmallAliautoEticketStoreGetEticketStoreInfoDto[];
  /** 错误信息 */
  message?: string;
  /** 是否执行成功 */
  success?: boolean;
}

/** `EticketStoreInfoDto` of `tmall.aliauto.eticket.store.get`. */
export interface TmallAliautoEticketStoreGetEticketStoreInfoDto {
  /** 街道名称 */
  town_name?: string;
  /** 省名称 */
  prov_name?: string;
  /** 详细地址 */
  address?: string;
  /** 区名称 */
  district_name?: string;
  /** 街道编码 */
  town?: Int64;
  /** 订单号 */
  order_id?: Int64;
  /** 城市编码 */
  city?: Int64;
  /** 经度 */
  latitude?: string;
  /** 门店ID */
  store_id?: Int64;
  /** 城市名称 */
  city_name?: string;
  /** 联系方式 */
  store_phone?: string;
  /** 区域编码 */
  district?: Int64;
  /** 外部门店编码 */
  outer_id?: string;
  /** 门店名称 */
  store_name?: string;
  /** 省编码 */
  prov?: Int64;
  /** 纬度 */
  longitude?: string;
}

const REQUEST_SCHEMA = {
  order_ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: [
      {
        town_name: 'String',
        prov_name: 'String',
        address: 'String',
        district_name: 'String',
        town: 'Number',
        order_id: 'Number',
        city: 'Number',
        latitude: 'String',
        store_id: 'Number',
        city_name: 'String',
        store_phone: 'String',
        district: 'Number',
        outer_id: 'String',
        store_name: 'String',
        prov: 'Number',
        longitude: 'String',
      },
    ],
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.eticket.store.get`: method, response root, request and response schemas. */
export const tmallAliautoEticketStoreGetOperation = {
  method: 'tmall.aliauto.eticket.store.get',
  responseRoot: 'tmall_aliauto_eticket_store_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询电子凭证对应门店信息 — calls TOP method `tmall.aliauto.eticket.store.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoEticketStoreGet(
  client: TopClient,
  request: TmallAliautoEticketStoreGetRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoEticketStoreGetResponse> {
  return client.call<TmallAliautoEticketStoreGetResponse>(
    {
      method: 'tmall.aliauto.eticket.store.get',
      responseRoot: 'tmall_aliauto_eticket_store_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.storeentrust.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.storeentrust.query` (门店委托信息查询). */
export interface AlibabaAlihouseExistinghomeHouseStoreentrustQueryRequest {
  /** 外部小区id */
  outer_community_id: string;
  /** 外部房源id */
  outer_house_id: string;
  /** 门店id */
  store_id: Int64Input;
}

/** Response of `alibaba.alihouse.existinghome.house.storeentrust.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseStoreentrustQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeHouseStoreentrustQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.storeentrust.query`. */
export interface AlibabaAlihouseExistinghomeHouseStoreentrustQueryResult {
  /** code */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** true或false */
  is_success?: boolean;
  /** 返回素材id */
  data?: AlibabaAlihouseExistinghomeHouseStoreentrustQueryStoreEntrustDto;
}

/** `StoreEntrustDto` of `alibaba.alihouse.existinghome.house.storeentrust.query`. */
export interface AlibabaAlihouseExistinghomeHouseStoreentrustQueryStoreEntrustDto {
  /** 房源商品id */
  entrust_item_id?: Int64;
  /** 房源委托版本 */
  entrust_version?: string;
  /** 委托id */
  entrust_id?: Int64;
  /** 房源套内面积 */
  inside_area?: string;
  /** 房源建筑面积 */
  building_area?: string;
  /** 房号 */
  room_no?: string;
  /** 单元号 */
  unit_no?: string;
  /** 楼栋号 */
  building_no?: string;
  /** 房源详细地址 */
  house_address?: string;
  /** 小区名称 */
  community_name?: string;
  /** 小区商品id */
  community_item_id?: Int64;
  /** 小区id */
  community_id?: Int64;
  /** 交易状态 */
  trade_status?: Int64;
  /** 是否存在房源商品 */
  is_exist?: boolean;
  /** 是否存在委托 */
  is_commission?: boolean;
}

const REQUEST_SCHEMA = {
  outer_community_id: 'String',
  outer_house_id: 'String',
  store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: {
      entrust_item_id: 'Number',
      entrust_version: 'String',
      entrust_id: 'Number',
      inside_area: 'String',
      building_area: 'String',
      room_no: 'String',
      unit_no: 'String',
      building_no: 'String',
      house_address: 'String',
      community_name: 'String',
      community_item_id: 'Number',
      community_id: 'Number',
      trade_status: 'Number',
      is_exist: 'Boolean',
      is_commission: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.storeentrust.query`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseStoreentrustQueryOperation = {
  method: 'alibaba.alihouse.existinghome.house.storeentrust.query',
  responseRoot: 'alibaba_alihouse_existinghome_house_storeentrust_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店委托信息查询 — calls TOP method `alibaba.alihouse.existinghome.house.storeentrust.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseStoreentrustQuery(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseStoreentrustQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseStoreentrustQueryResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseStoreentrustQueryResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.storeentrust.query',
      responseRoot: 'alibaba_alihouse_existinghome_house_storeentrust_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

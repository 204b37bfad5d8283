// Generated from specs/alihouse/alibaba.alihouse.existinghome.entrustselling.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.entrustselling.query` (委托信息查询接口). */
export interface AlibabaAlihouseExistinghomeEntrustsellingQueryRequest {
  /** 入参 */
  entrust_selling_query: AlibabaAlihouseExistinghomeEntrustsellingQueryEntrustSellingQueryInput;
}

/** Response of `alibaba.alihouse.existinghome.entrustselling.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeEntrustsellingQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeEntrustsellingQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntrustSellingQuery` of `alibaba.alihouse.existinghome.entrustselling.query`. */
export interface AlibabaAlihouseExistinghomeEntrustsellingQueryEntrustSellingQueryInput {
  /** 委托业务主ID */
  entrust_selling_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.entrustselling.query`. */
export interface AlibabaAlihouseExistinghomeEntrustsellingQueryResult {
  /** 系统自动生成 */
  msg?: string;
  /** code */
  code?: string;
  /** 返回素材id */
  data?: AlibabaAlihouseExistinghomeEntrustsellingQueryCustomerEntrustSellingDto;
  /** 是否成功 */
  is_success?: boolean;
}

/** `CustomerEntrustSellingDto` of `alibaba.alihouse.existinghome.entrustselling.query`. */
export interface AlibabaAlihouseExistinghomeEntrustsellingQueryCustomerEntrustSellingDto {
  /** 业务模式（1-无忧卖房 2-普通卖房） */
  busi_type?: Int64;
  /** 城市 */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 小区ID */
  outer_community_id?: Int64;
  /** 委托小区名称 */
  entrust_community_name?: string;
  /** 楼栋 */
  building?: string;
  /** 单元 */
  unit?: string;
  /** 房号 */
  house_number?: string;
  /** 期望售价单位 分 */
  expecting_bidding?: Int64;
  /** 称呼 */
  name?: string;
  /** 联系电话 */
  phone_number?: string;
  /** 户型 */
  house_hold?: string;
  /** 室 */
  room_number?: Int64;
  /** 厅 */
  parlor_number?: Int64;
  /** 卫 */
  toilet_number?: Int64;
  /** 面积 */
  house_size?: string;
  /** 楼层 (-2 ----100) */
  house_floor?: Int64;
  /** 装修 */
  decoration?: string;
  /** 是否测试（0-否 1-是） */
  is_test?: Int64;
  /** 联系信息 */
  contact_info?: string;
}

const REQUEST_SCHEMA = {
  entrust_selling_query: {
    entrust_selling_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: {
      busi_type: 'Number',
      city_code: 'String',
      city_name: 'String',
      outer_community_id: 'Number',
      entrust_community_name: 'String',
      building: 'String',
      unit: 'String',
      house_number: 'String',
      expecting_bidding: 'Number',
      name: 'String',
      phone_number: 'String',
      house_hold: 'String',
      room_number: 'Number',
      parlor_number: 'Number',
      toilet_number: 'Number',
      house_size: 'String',
      house_floor: 'Number',
      decoration: 'String',
      is_test: 'Number',
      contact_info: 'String',
    },
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.entrustselling.query`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeEntrustsellingQueryOperation = {
  method: 'alibaba.alihouse.existinghome.entrustselling.query',
  responseRoot: 'alibaba_alihouse_existinghome_entrustselling_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托信息查询接口 — calls TOP method `alibaba.alihouse.existinghome.entrustselling.query`.
 *
 * 管家状态及房源信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeEntrustsellingQuery(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeEntrustsellingQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeEntrustsellingQueryResponse> {
  return client.call<AlibabaAlihouseExistinghomeEntrustsellingQueryResponse>(
    {
      method: 'alibaba.alihouse.existinghome.entrustselling.query',
      responseRoot: 'alibaba_alihouse_existinghome_entrustselling_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

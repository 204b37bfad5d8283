// Generated from specs/xhotelitem/taobao.xhotel.multiplerate.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.multiplerate.get` (复杂房价查询接口). */
export interface TaobaoXhotelMultiplerateGetRequest {
  /** 连住天数(范围1~10) */
  nod?: Int64Input;
  /** 入住人数(范围1~10) */
  nop?: Int64Input;
  /** 卖家的房价code */
  rate_plan_code?: string;
  /** 废弃，使用rate_plan_code */
  rate_plan_id?: Int64Input;
  /** 卖家的房型code */
  out_rid?: string;
  /** 废弃，使用out_rid */
  gid?: Int64Input;
  /** 系统商，一般不填写，使用须申请 */
  vendor?: string;
}

/** Response of `taobao.xhotel.multiplerate.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMultiplerateGetResponse {
  /** 复杂价格返回结果类 */
  rates?: TaobaoXhotelMultiplerateGetMultipleRate[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MultipleRate` of `taobao.xhotel.multiplerate.get`. */
export interface TaobaoXhotelMultiplerateGetMultipleRate {
  /** 入住人数 */
  occupancy?: Int64;
  /** 连住天数 */
  lengthofstay?: Int64;
  /** 酒店商品id */
  gid?: Int64;
  /** 房价id */
  rpid?: Int64;
  /** 名称 */
  name?: string;
  /** 币种 */
  currency_code?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 价格和库存信息,包括加床价，加人价等信息。date 日期必须为 T---T+90 日内的日期（T为当天），且不能重复price 价格 int类型 取值范围1-99999999 单位为分quota 库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开)addPerson 加人价addBed 加床价 */
  inventory_price?: string;
}

const REQUEST_SCHEMA = {
  nod: 'Number',
  nop: 'Number',
  rate_plan_code: 'String',
  rate_plan_id: 'Number',
  out_rid: 'String',
  gid: 'Number',
  vendor: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rates: [
    {
      occupancy: 'Number',
      lengthofstay: 'Number',
      gid: 'Number',
      rpid: 'Number',
      name: 'String',
      currency_code: 'Number',
      created_time: 'Date',
      modified_time: 'Date',
      inventory_price: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.multiplerate.get`: method, response root, request and response schemas. */
export const taobaoXhotelMultiplerateGetOperation = {
  method: 'taobao.xhotel.multiplerate.get',
  responseRoot: 'xhotel_multiplerate_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 复杂房价查询接口 — calls TOP method `taobao.xhotel.multiplerate.get`.
 *
 * 查询复杂房价，支持通过入住人数，连住天数，商品信息，房价信息查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMultiplerateGet(
  client: TopClient,
  request: TaobaoXhotelMultiplerateGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelMultiplerateGetResponse> {
  return client.call<TaobaoXhotelMultiplerateGetResponse>(
    {
      method: 'taobao.xhotel.multiplerate.get',
      responseRoot: 'xhotel_multiplerate_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

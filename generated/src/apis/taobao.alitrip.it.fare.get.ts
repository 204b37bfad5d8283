// Generated from specs/itpolicy/taobao.alitrip.it.fare.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.get` (【国际机票自有政策】单条查询). */
export interface TaobaoAlitripItFareGetRequest {
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
  /** 运价id，单条新增成功时返回运价id，fareId和outId必填一个，fareId优先 */
  fareId?: Int64Input;
  /** 外部id，为新增时请求参数中的外部政策id */
  outId?: string;
}

/** Response of `taobao.alitrip.it.fare.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareGetResponse {
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** 运价id */
  fare_id?: Int64;
  /** 自有政策json序列化后字符串，具体属性和addow或addrt接口的请求参数一致，如：{"ticketingAirline":"CA","saleAirline":"CA","addressOption":"城市","tripType":"直达","originLand":"SHA,BJS","destination":"HKG,SHA","cabin":"N","restrictFlightNo":"","excludeFlightNo":"","validDate4Dep":"2015-05-30~2015-11-30","flightDateRestrict4Dep":"12","saleDate":"2015-05-30~2015-11-30","adultPassengerIdentity":"普通","ticketPrice":2000,"childPrice":"1980","returnPoint":1.0,"adjustMoney":0,"refundRule":"收取80000元退票费","reissueRule":"收取20%改期费","noshowRule":"起飞前不得退票，不得改期","luggageRule":"逾重行李费用为每公斤100元"} */
  fare_json?: string;
  /** 运价类型，1单程 2往返 */
  fare_type?: Int64;
  /** 0：未发布 1：已发布 2：已过期 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extendAttributes: 'String',
  fareId: 'Number',
  outId: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
  fare_id: 'Number',
  fare_json: 'String',
  fare_type: 'Number',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.get`: method, response root, request and response schemas. */
export const taobaoAlitripItFareGetOperation = {
  method: 'taobao.alitrip.it.fare.get',
  responseRoot: 'alitrip_it_fare_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】单条查询 — calls TOP method `taobao.alitrip.it.fare.get`.
 *
 * 通过此接口可以查询单条政策的详情，可以根据fareId或outId查询，用户outId查询时，如果outId不唯一，只返回最新添加的一条数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareGet(
  client: TopClient,
  request: TaobaoAlitripItFareGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItFareGetResponse> {
  return client.call<TaobaoAlitripItFareGetResponse>(
    {
      method: 'taobao.alitrip.it.fare.get',
      responseRoot: 'alitrip_it_fare_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

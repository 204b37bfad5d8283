// Generated from specs/servicecenter/tmall.car.lease.item.activity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.lease.item.activity.get` (查询汽车租赁活动信息). */
export interface TmallCarLeaseItemActivityGetRequest {}

/** Response of `tmall.car.lease.item.activity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarLeaseItemActivityGetResponse {
  /** 结果对象 */
  result?: TmallCarLeaseItemActivityGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.car.lease.item.activity.get`. */
export interface TmallCarLeaseItemActivityGetResult {
  /** 当前时间 */
  gmt_current_time?: Int64;
  /**
   * 动态返回扩展参数：
   * extInfo:扩展参数字符串
   */
  piggyback?: string;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /**
   * 活动返回列表对象
   * itemId：商品ID
   * preEndTime：预热结束时间
   * preStartTime：预热开始时间
   *
   * extendInfo：扩展信息
   * refActivityId:外部活动ID
   *
   * timeRangeList：活动时间范围对象
   * startTime：活动开始时间
   * endTime：活动结束时间
   * amount：名额
   * extendInfo：扩展信息
   */
  object?: string;
  /** 是否成功 */
  success?: boolean;
  /** 耗费时间 */
  cost_time?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_current_time: 'Number',
    piggyback: 'String',
    msg_code: 'String',
    msg_info: 'String',
    object: 'String',
    success: 'Boolean',
    cost_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.lease.item.activity.get`: method, response root, request and response schemas. */
export const tmallCarLeaseItemActivityGetOperation = {
  method: 'tmall.car.lease.item.activity.get',
  responseRoot: 'tmall_car_lease_item_activity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询汽车租赁活动信息 — calls TOP method `tmall.car.lease.item.activity.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarLeaseItemActivityGet(
  client: TopClient,
  request: TmallCarLeaseItemActivityGetRequest = {},
  options?: CallOptions,
): Promise<TmallCarLeaseItemActivityGetResponse> {
  return client.call<TmallCarLeaseItemActivityGetResponse>(
    {
      method: 'tmall.car.lease.item.activity.get',
      responseRoot: 'tmall_car_lease_item_activity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

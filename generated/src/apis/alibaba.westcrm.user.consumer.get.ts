// Generated from specs/westcrm/alibaba.westcrm.user.consumer.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.westcrm.user.consumer.get` (获取指定用户的消费总额). */
export interface AlibabaWestcrmUserConsumerGetRequest {
  /** 园区id */
  campus_id: Int64Input;
  /** 用户id */
  ib_user_id: Int64Input;
  /** 开始时间 */
  time_begin: string;
  /** 结束时间 */
  time_end: string;
}

/** Response of `alibaba.westcrm.user.consumer.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWestcrmUserConsumerGetResponse {
  /** 返回对象封装 */
  result?: AlibabaWestcrmUserConsumerGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.westcrm.user.consumer.get`. */
export interface AlibabaWestcrmUserConsumerGetDataResult {
  /** 返回信息 */
  message?: string;
  /** data */
  data?: AlibabaWestcrmUserConsumerGetUserConsumerVo;
  /** 参数code */
  code?: Int64;
}

/** `UserConsumerVo` of `alibaba.westcrm.user.consumer.get`. */
export interface AlibabaWestcrmUserConsumerGetUserConsumerVo {
  /** 订单 */
  orders?: AlibabaWestcrmUserConsumerGetOrderVo[];
  /** 消费总额 */
  total_pay?: string;
  /** 用户id */
  ib_user_id?: Int64;
}

/** `OrderVo` of `alibaba.westcrm.user.consumer.get`. */
export interface AlibabaWestcrmUserConsumerGetOrderVo {
  /** 账单金额 */
  order_pay?: string;
  /** 账单id */
  order_id?: string;
  /** 消费时间 */
  order_time?: string;
}

const REQUEST_SCHEMA = {
  campus_id: 'Number',
  ib_user_id: 'Number',
  time_begin: 'String',
  time_end: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      orders: [
        {
          order_pay: 'String',
          order_id: 'String',
          order_time: 'String',
        },
      ],
      total_pay: 'String',
      ib_user_id: 'Number',
    },
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.westcrm.user.consumer.get`: method, response root, request and response schemas. */
export const alibabaWestcrmUserConsumerGetOperation = {
  method: 'alibaba.westcrm.user.consumer.get',
  responseRoot: 'alibaba_westcrm_user_consumer_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定用户的消费总额 — calls TOP method `alibaba.westcrm.user.consumer.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWestcrmUserConsumerGet(
  client: TopClient,
  request: AlibabaWestcrmUserConsumerGetRequest,
  options?: CallOptions,
): Promise<AlibabaWestcrmUserConsumerGetResponse> {
  return client.call<AlibabaWestcrmUserConsumerGetResponse>(
    {
      method: 'alibaba.westcrm.user.consumer.get',
      responseRoot: 'alibaba_westcrm_user_consumer_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

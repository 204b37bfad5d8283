// Generated from specs/xhotel/alitrip.xhotel.channel.order.create.res.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.xhotel.channel.order.create.res.query` (分销订单查询订单创建结果). */
export interface AlitripXhotelChannelOrderCreateResQueryRequest {
  /** 外部渠道订单号 */
  out_source_order_id: string;
}

/** Response of `alitrip.xhotel.channel.order.create.res.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripXhotelChannelOrderCreateResQueryResponse {
  /** 结果 */
  result?: AlitripXhotelChannelOrderCreateResQueryHbsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HbsResult` of `alitrip.xhotel.channel.order.create.res.query`. */
export interface AlitripXhotelChannelOrderCreateResQueryHbsResult {
  /** 错误信息 */
  result_msg?: string;
  /** 飞猪平台订单号 */
  module?: Int64;
  /** 结果码 */
  result_code?: string;
  /** 给开发用的错误信息 */
  result_msg4_dev?: string;
  /** 订单是否创建成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  out_source_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    module: 'Number',
    result_code: 'String',
    result_msg4_dev: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.xhotel.channel.order.create.res.query`: method, response root, request and response schemas. */
export const alitripXhotelChannelOrderCreateResQueryOperation = {
  method: 'alitrip.xhotel.channel.order.create.res.query',
  responseRoot: 'alitrip_xhotel_channel_order_create_res_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销订单查询订单创建结果 — calls TOP method `alitrip.xhotel.channel.order.create.res.query`.
 *
 * 针对分销渠道订单，在调用创建订单接口失败1分钟后，调用此接口，用以确认订单是否创建成功。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripXhotelChannelOrderCreateResQuery(
  client: TopClient,
  request: AlitripXhotelChannelOrderCreateResQueryRequest,
  options?: CallOptions,
): Promise<AlitripXhotelChannelOrderCreateResQueryResponse> {
  return client.call<AlitripXhotelChannelOrderCreateResQueryResponse>(
    {
      method: 'alitrip.xhotel.channel.order.create.res.query',
      responseRoot: 'alitrip_xhotel_channel_order_create_res_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/util/alibaba.mos.falcon.pos.counter.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.falcon.pos.counter.query` (云POS查看专柜属性). */
export interface AlibabaMosFalconPosCounterQueryRequest {
  /** 设备序列号 */
  sn?: string;
  /** 门店号 */
  store_no?: string;
  /** 专柜号 */
  counter_no?: string;
}

/** Response of `alibaba.mos.falcon.pos.counter.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosFalconPosCounterQueryResponse {
  /** 返回结果 */
  result?: AlibabaMosFalconPosCounterQueryResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.falcon.pos.counter.query`. */
export interface AlibabaMosFalconPosCounterQueryResultDo {
  /** traceId */
  trace_id?: string;
  /** total */
  total?: Int64;
  /** 是否成功 */
  data?: AlibabaMosFalconPosCounterQueryPosInfoDto;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: Int64;
  /** 额外 */
  extra?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 标题 */
  titles?: string[];
}

/** `PosInfoDto` of `alibaba.mos.falcon.pos.counter.query`. */
export interface AlibabaMosFalconPosCounterQueryPosInfoDto {
  /** 是否支持小数 */
  support4_decimal?: string;
  /** 专柜号 */
  counter_no?: string;
  /** 门店号 */
  store_no?: string;
}

const REQUEST_SCHEMA = {
  sn: 'String',
  store_no: 'String',
  counter_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    total: 'Number',
    data: {
      support4_decimal: 'String',
      counter_no: 'String',
      store_no: 'String',
    },
    success: 'Boolean',
    err_code: 'Number',
    extra: 'String',
    err_msg: 'String',
    titles: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.falcon.pos.counter.query`: method, response root, request and response schemas. */
export const alibabaMosFalconPosCounterQueryOperation = {
  method: 'alibaba.mos.falcon.pos.counter.query',
  responseRoot: 'alibaba_mos_falcon_pos_counter_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云POS查看专柜属性 — calls TOP method `alibaba.mos.falcon.pos.counter.query`.
 *
 * 银泰商业获取专柜是否支持小数等属性查看
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosFalconPosCounterQuery(
  client: TopClient,
  request: AlibabaMosFalconPosCounterQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosFalconPosCounterQueryResponse> {
  return client.call<AlibabaMosFalconPosCounterQueryResponse>(
    {
      method: 'alibaba.mos.falcon.pos.counter.query',
      responseRoot: 'alibaba_mos_falcon_pos_counter_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

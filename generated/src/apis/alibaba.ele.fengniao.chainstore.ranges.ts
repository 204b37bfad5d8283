// Generated from specs/logistic/alibaba.ele.fengniao.chainstore.ranges.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.chainstore.ranges` (蜂鸟查询门店配送范围接口). */
export interface AlibabaEleFengniaoChainstoreRangesRequest {
  /** 商户code */
  merchant_code?: string;
  /** appId */
  app_id?: string;
  /** 门店code */
  chainstore_code?: string;
}

/** Response of `alibaba.ele.fengniao.chainstore.ranges`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoChainstoreRangesResponse {
  /** 返回值 */
  range_list?: AlibabaEleFengniaoChainstoreRangesResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ele.fengniao.chainstore.ranges`. */
export interface AlibabaEleFengniaoChainstoreRangesResult {
  /** 到达圈标识 */
  range_id?: Int64;
  /** ranges */
  ranges?: AlibabaEleFengniaoChainstoreRangesRange[];
  /** 配送圈类型 1-日间 2- 晚上 3-全天 */
  range_type?: Int64;
}

/** `Range` of `alibaba.ele.fengniao.chainstore.ranges`. */
export interface AlibabaEleFengniaoChainstoreRangesRange {
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  app_id: 'String',
  chainstore_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  range_list: [
    {
      range_id: 'Number',
      ranges: [
        {
          longitude: 'String',
          latitude: 'String',
        },
      ],
      range_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.chainstore.ranges`: method, response root, request and response schemas. */
export const alibabaEleFengniaoChainstoreRangesOperation = {
  method: 'alibaba.ele.fengniao.chainstore.ranges',
  responseRoot: 'alibaba_ele_fengniao_chainstore_ranges_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 蜂鸟查询门店配送范围接口 — calls TOP method `alibaba.ele.fengniao.chainstore.ranges`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoChainstoreRanges(
  client: TopClient,
  request: AlibabaEleFengniaoChainstoreRangesRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleFengniaoChainstoreRangesResponse> {
  return client.call<AlibabaEleFengniaoChainstoreRangesResponse>(
    {
      method: 'alibaba.ele.fengniao.chainstore.ranges',
      responseRoot: 'alibaba_ele_fengniao_chainstore_ranges_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/btrip/alitrip.btrip.monthbill.url.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.monthbill.url.get` (月账单数据查询). */
export interface AlitripBtripMonthbillUrlGetRequest {
  /** 请求对象 */
  rq: AlitripBtripMonthbillUrlGetOpenAccountRqInput;
}

/** Response of `alitrip.btrip.monthbill.url.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripMonthbillUrlGetResponse {
  /** 结果对象 */
  results?: AlitripBtripMonthbillUrlGetOpenAccountRs[];
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenAccountRq` of `alitrip.btrip.monthbill.url.get`. */
export interface AlitripBtripMonthbillUrlGetOpenAccountRqInput {
  /** 对账单月份，不传取最新对账单 */
  bill_month?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `OpenAccountRs` of `alitrip.btrip.monthbill.url.get`. */
export interface AlitripBtripMonthbillUrlGetOpenAccountRs {
  /** 账期结束时间 */
  end_date?: string;
  /** 账期开始时间 */
  start_date?: string;
  /** json数据下载链接，通过HttpClient 获取 并GBK格式解析，链接五分钟有效期 */
  url?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    bill_month: 'String',
    corp_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      end_date: 'String',
      start_date: 'String',
      url: 'String',
    },
  ],
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.monthbill.url.get`: method, response root, request and response schemas. */
export const alitripBtripMonthbillUrlGetOperation = {
  method: 'alitrip.btrip.monthbill.url.get',
  responseRoot: 'alitrip_btrip_monthbill_url_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 月账单数据查询 — calls TOP method `alitrip.btrip.monthbill.url.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripMonthbillUrlGet(
  client: TopClient,
  request: AlitripBtripMonthbillUrlGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripMonthbillUrlGetResponse> {
  return client.call<AlitripBtripMonthbillUrlGetResponse>(
    {
      method: 'alitrip.btrip.monthbill.url.get',
      responseRoot: 'alitrip_btrip_monthbill_url_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

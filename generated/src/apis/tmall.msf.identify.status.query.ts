// Generated from specs/tmallservice/tmall.msf.identify.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.msf.identify.status.query` (喵师傅定案核销状态查询). */
export interface TmallMsfIdentifyStatusQueryRequest {
  /** 天猫订单号 */
  order_id: Int64Input;
  /** 服务类型，0 家装的送货上门并安装 1 单向安装 2 建材的送货上门 3 建材的安装 */
  service_type: Int64Input;
}

/** Response of `tmall.msf.identify.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMsfIdentifyStatusQueryResponse {
  /** 返回结果json串，其中identifyDate位核销日期，signTime为签到时间，identifyStatus位核销状态，1代表已经核销，identifyType为核销类型，取值为：0代表未核销,1代表10位核销码核销,2代表订单号核销,3代表手机号核销,4代表4位核销码核销,5代表通过poi核销 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  service_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.msf.identify.status.query`: method, response root, request and response schemas. */
export const tmallMsfIdentifyStatusQueryOperation = {
  method: 'tmall.msf.identify.status.query',
  responseRoot: 'tmall_msf_identify_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵师傅定案核销状态查询 — calls TOP method `tmall.msf.identify.status.query`.
 *
 * 喵师傅定案核销状态查询，供服务商erp系统调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMsfIdentifyStatusQuery(
  client: TopClient,
  request: TmallMsfIdentifyStatusQueryRequest,
  options?: CallOptions,
): Promise<TmallMsfIdentifyStatusQueryResponse> {
  return client.call<TmallMsfIdentifyStatusQueryResponse>(
    {
      method: 'tmall.msf.identify.status.query',
      responseRoot: 'tmall_msf_identify_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

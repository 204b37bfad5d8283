// Generated from specs/mos/alibaba.mj.oc.offline.maxticketno.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.offline.maxticketno.get` (pos机获取线下最大小票号). */
export interface AlibabaMjOcOfflineMaxticketnoGetRequest {
  /** 日期 */
  datetime?: string;
  /** 收银机号 */
  pos_no?: string;
  /** 外部门店号 */
  store_no?: string;
}

/** Response of `alibaba.mj.oc.offline.maxticketno.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcOfflineMaxticketnoGetResponse {
  /** 时间 */
  pay_date?: string;
  /** 收银机号 */
  pos_no?: string;
  /** 联合收银标记 */
  union?: boolean;
  /** 小票号 */
  pay_no?: string;
  /** 外部门店号 */
  store_no?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  datetime: 'String',
  pos_no: 'String',
  store_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pay_date: 'String',
  pos_no: 'String',
  union: 'Boolean',
  pay_no: 'String',
  store_no: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.offline.maxticketno.get`: method, response root, request and response schemas. */
export const alibabaMjOcOfflineMaxticketnoGetOperation = {
  method: 'alibaba.mj.oc.offline.maxticketno.get',
  responseRoot: 'alibaba_mj_oc_offline_maxticketno_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * pos机获取线下最大小票号 — calls TOP method `alibaba.mj.oc.offline.maxticketno.get`.
 *
 * 给pos机提供线下最大小票号查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcOfflineMaxticketnoGet(
  client: TopClient,
  request: AlibabaMjOcOfflineMaxticketnoGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjOcOfflineMaxticketnoGetResponse> {
  return client.call<AlibabaMjOcOfflineMaxticketnoGetResponse>(
    {
      method: 'alibaba.mj.oc.offline.maxticketno.get',
      responseRoot: 'alibaba_mj_oc_offline_maxticketno_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

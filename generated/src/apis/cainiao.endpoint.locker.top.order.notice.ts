// Generated from specs/cainiaolocker/cainiao.endpoint.locker.top.order.notice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.endpoint.locker.top.order.notice` (手动触发发短信). */
export interface CainiaoEndpointLockerTopOrderNoticeRequest {
  /** 合作公司唯一订单编号 */
  order_code: string;
  /** 站点ID */
  station_id: string;
  /** 运单号 */
  mail_no: string;
  /** 场景编号：0：重发短信，1：催取短信 */
  scene_code: Int64Input;
}

/** Response of `cainiao.endpoint.locker.top.order.notice`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEndpointLockerTopOrderNoticeResponse {
  /** result */
  result?: CainiaoEndpointLockerTopOrderNoticeSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `cainiao.endpoint.locker.top.order.notice`. */
export interface CainiaoEndpointLockerTopOrderNoticeSingleResult {
  /** 错误描述 */
  error_desc?: string;
  /** 参照返回码定义列表 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  station_id: 'String',
  mail_no: 'String',
  scene_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.endpoint.locker.top.order.notice`: method, response root, request and response schemas. */
export const cainiaoEndpointLockerTopOrderNoticeOperation = {
  method: 'cainiao.endpoint.locker.top.order.notice',
  responseRoot: 'cainiao_endpoint_locker_top_order_notice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 手动触发发短信 — calls TOP method `cainiao.endpoint.locker.top.order.notice`.
 *
 * 合作公司对订单手动触发短信，有次数限制
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEndpointLockerTopOrderNotice(
  client: TopClient,
  request: CainiaoEndpointLockerTopOrderNoticeRequest,
  options?: CallOptions,
): Promise<CainiaoEndpointLockerTopOrderNoticeResponse> {
  return client.call<CainiaoEndpointLockerTopOrderNoticeResponse>(
    {
      method: 'cainiao.endpoint.locker.top.order.notice',
      responseRoot: 'cainiao_endpoint_locker_top_order_notice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

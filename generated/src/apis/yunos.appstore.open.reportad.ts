// Generated from specs/yunosappstore/yunos.appstore.open.reportad.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.appstore.open.reportad` (外投广告上报接口). */
export interface YunosAppstoreOpenReportadRequest {
  /**
   * 广告跟踪id列表
   *
   * Max list size: 20
   */
  trace_ids: string[];
  /** 事件时间，当前毫秒数 */
  time: Int64Input;
  /** 事件类型：0 代表曝光事件；1 代表点击下载事件；2 代表下载完成事件；3 代表安装完成事件 */
  action: Int64Input;
  /** 客户端版本号 */
  client_ver_code: Int64Input;
  /** 客户端设备标识 */
  device_id: string;
}

/** Response of `yunos.appstore.open.reportad`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAppstoreOpenReportadResponse {
  /** 响应码 */
  rc?: Int64;
  /** 响应消息 */
  rm?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trace_ids: ['String'],
  time: 'Number',
  action: 'Number',
  client_ver_code: 'Number',
  device_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rc: 'Number',
  rm: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.appstore.open.reportad`: method, response root, request and response schemas. */
export const yunosAppstoreOpenReportadOperation = {
  method: 'yunos.appstore.open.reportad',
  responseRoot: 'yunos_appstore_open_reportad_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外投广告上报接口 — calls TOP method `yunos.appstore.open.reportad`.
 *
 * 外投广告回流上报接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAppstoreOpenReportad(
  client: TopClient,
  request: YunosAppstoreOpenReportadRequest,
  options?: CallOptions,
): Promise<YunosAppstoreOpenReportadResponse> {
  return client.call<YunosAppstoreOpenReportadResponse>(
    {
      method: 'yunos.appstore.open.reportad',
      responseRoot: 'yunos_appstore_open_reportad_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

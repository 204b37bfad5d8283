// Generated from specs/alink/aliyun.alink.opendata.url.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alink.opendata.url.query` (开放数据授权访问URL查询). */
export interface AliyunAlinkOpendataUrlQueryRequest {
  /** 授权key，厂家在物联平台申请的云端授权key */
  access_key: string;
  /** 数据日期，格式：yyyyMMdd */
  biz_day: string;
  /** 数据时点，范围[0,23] */
  biz_hour?: Int64Input;
  /** 数据类型，1：设备数据，2：用户操作数据 */
  data_type?: Int64Input;
}

/** Response of `aliyun.alink.opendata.url.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAlinkOpendataUrlQueryResponse {
  /** 调用是否成功 */
  is_success?: boolean;
  /** 状态 */
  status?: Int64;
  /** 接口描述 */
  message?: string;
  /** 授权url */
  module?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  access_key: 'String',
  biz_day: 'String',
  biz_hour: 'Number',
  data_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  status: 'Number',
  message: 'String',
  module: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alink.opendata.url.query`: method, response root, request and response schemas. */
export const aliyunAlinkOpendataUrlQueryOperation = {
  method: 'aliyun.alink.opendata.url.query',
  responseRoot: 'aliyun_alink_opendata_url_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开放数据授权访问URL查询 — calls TOP method `aliyun.alink.opendata.url.query`.
 *
 * 厂商数据授权访问URL查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAlinkOpendataUrlQuery(
  client: TopClient,
  request: AliyunAlinkOpendataUrlQueryRequest,
  options?: CallOptions,
): Promise<AliyunAlinkOpendataUrlQueryResponse> {
  return client.call<AliyunAlinkOpendataUrlQueryResponse>(
    {
      method: 'aliyun.alink.opendata.url.query',
      responseRoot: 'aliyun_alink_opendata_url_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

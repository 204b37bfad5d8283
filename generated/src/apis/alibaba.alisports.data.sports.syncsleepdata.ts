// Generated from specs/alisports/alibaba.alisports.data.sports.syncsleepdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.data.sports.syncsleepdata` (阿里体育数据中心用户睡眠数据同步接口). */
export interface AlibabaAlisportsDataSportsSyncsleepdataRequest {
  /** 应用appkey */
  alisp_app_key: string;
  /** 入睡时间，格式：y-m-d h:i:s */
  stime: string;
  /** 清醒时间，单位：小时 */
  sober_time?: string;
  /** 浅度睡眠时间，单位：小时 */
  shallow_time?: string;
  /** 深度睡眠时间，单位：小时 */
  deep_time?: string;
  /** 睡眠总时间，单位：小时 */
  all_time: string;
  /** 阿里体育用户id */
  aliuid: string;
  /** 接口签名 */
  alisp_sign: string;
  /** 时间戳精确到秒 */
  alisp_time: string;
  /** 醒来时间，格式：y-m-d h:i:s */
  etime: string;
}

/** Response of `alibaba.alisports.data.sports.syncsleepdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsDataSportsSyncsleepdataResponse {
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_msg */
  alisp_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  stime: 'String',
  sober_time: 'String',
  shallow_time: 'String',
  deep_time: 'String',
  all_time: 'String',
  aliuid: 'String',
  alisp_sign: 'String',
  alisp_time: 'String',
  etime: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.data.sports.syncsleepdata`: method, response root, request and response schemas. */
export const alibabaAlisportsDataSportsSyncsleepdataOperation = {
  method: 'alibaba.alisports.data.sports.syncsleepdata',
  responseRoot: 'alibaba_alisports_data_sports_syncsleepdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育数据中心用户睡眠数据同步接口 — calls TOP method `alibaba.alisports.data.sports.syncsleepdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsDataSportsSyncsleepdata(
  client: TopClient,
  request: AlibabaAlisportsDataSportsSyncsleepdataRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsDataSportsSyncsleepdataResponse> {
  return client.call<AlibabaAlisportsDataSportsSyncsleepdataResponse>(
    {
      method: 'alibaba.alisports.data.sports.syncsleepdata',
      responseRoot: 'alibaba_alisports_data_sports_syncsleepdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alisports/alibaba.alisports.data.sports.syncstatdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.data.sports.syncstatdata` (阿里体育数据中心用户当天累积数据同步接口). */
export interface AlibabaAlisportsDataSportsSyncstatdataRequest {
  /** 应用appkey */
  alisp_app_key: string;
  /** 时间戳精确到秒 */
  alisp_time: string;
  /** 签名 */
  alisp_sign: string;
  /** 阿里体育用户id */
  aliuid: string;
  /** 运动步数 */
  steps: string;
  /** 消耗卡路里 单位：卡 */
  calorie: string;
  /** 运动距离 单位：米 */
  distance: string;
  /** 日期 格式：y-m-d h:i:s */
  time: string;
  /** 设备类型：1手环 */
  device_type?: string;
  /** 设备名 */
  device_name?: string;
  /** 设备型号 */
  device_model?: string;
}

/** Response of `alibaba.alisports.data.sports.syncstatdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsDataSportsSyncstatdataResponse {
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_msg */
  alisp_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_time: 'String',
  alisp_sign: 'String',
  aliuid: 'String',
  steps: 'String',
  calorie: 'String',
  distance: 'String',
  time: 'String',
  device_type: 'String',
  device_name: 'String',
  device_model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.data.sports.syncstatdata`: method, response root, request and response schemas. */
export const alibabaAlisportsDataSportsSyncstatdataOperation = {
  method: 'alibaba.alisports.data.sports.syncstatdata',
  responseRoot: 'alibaba_alisports_data_sports_syncstatdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育数据中心用户当天累积数据同步接口 — calls TOP method `alibaba.alisports.data.sports.syncstatdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsDataSportsSyncstatdata(
  client: TopClient,
  request: AlibabaAlisportsDataSportsSyncstatdataRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsDataSportsSyncstatdataResponse> {
  return client.call<AlibabaAlisportsDataSportsSyncstatdataResponse>(
    {
      method: 'alibaba.alisports.data.sports.syncstatdata',
      responseRoot: 'alibaba_alisports_data_sports_syncstatdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alisports/alibaba.alisports.data.sports.syncuserdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.data.sports.syncuserdata` (阿里体育数据中心用户个人信息同步接口). */
export interface AlibabaAlisportsDataSportsSyncuserdataRequest {
  /** 应用appkey */
  alisp_app_key: string;
  /** 基础代谢率 */
  metabolize?: string;
  /** 蛋白质含量 */
  protein?: string;
  /** 骨量 */
  bone?: string;
  /** 水分率 */
  water?: string;
  /** 肌肉率 */
  muscle?: string;
  /** 体脂率 */
  fat?: string;
  /** 静息心率，单位：次/每分 */
  heart_rate?: Int64Input;
  /** 体重，单位kg */
  weight?: string;
  /** 身高，单位m */
  height?: string;
  /** 年龄 */
  age?: Int64Input;
  /** 三方主键id，唯一标识数据 */
  data_id: string;
  /** 阿里体育用户id */
  aliuid: string;
  /** 接口签名 */
  alisp_sign: string;
  /** 时间戳精确到秒 */
  alisp_time: string;
  /** 日期 格式：y-m-d h:i:s */
  time: string;
}

/** Response of `alibaba.alisports.data.sports.syncuserdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsDataSportsSyncuserdataResponse {
  /** alisp_code */
  alisp_code?: Int64;
  /** alisp_msg */
  alisp_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  metabolize: 'String',
  protein: 'String',
  bone: 'String',
  water: 'String',
  muscle: 'String',
  fat: 'String',
  heart_rate: 'Number',
  weight: 'String',
  height: 'String',
  age: 'Number',
  data_id: 'String',
  aliuid: 'String',
  alisp_sign: 'String',
  alisp_time: 'String',
  time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.data.sports.syncuserdata`: method, response root, request and response schemas. */
export const alibabaAlisportsDataSportsSyncuserdataOperation = {
  method: 'alibaba.alisports.data.sports.syncuserdata',
  responseRoot: 'alibaba_alisports_data_sports_syncuserdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育数据中心用户个人信息同步接口 — calls TOP method `alibaba.alisports.data.sports.syncuserdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsDataSportsSyncuserdata(
  client: TopClient,
  request: AlibabaAlisportsDataSportsSyncuserdataRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsDataSportsSyncuserdataResponse> {
  return client.call<AlibabaAlisportsDataSportsSyncuserdataResponse>(
    {
      method: 'alibaba.alisports.data.sports.syncuserdata',
      responseRoot: 'alibaba_alisports_data_sports_syncuserdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

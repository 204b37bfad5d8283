// Generated from specs/cainiaolocker/cainiao.nborderfront.user.outside.queryoutsideuser.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.nborderfront.user.outside.queryoutsideuser` (查询外部小件员休息). */
export interface CainiaoNborderfrontUserOutsideQueryoutsideuserRequest {
  /**
   * cpcode
   *
   * Max length: 64
   */
  cp_code: string;
  /**
   * cp小件员ID
   *
   * Max length: 64
   */
  cp_user_id: string;
}

/** Response of `cainiao.nborderfront.user.outside.queryoutsideuser`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoNborderfrontUserOutsideQueryoutsideuserResponse {
  /** 返回错误编码 */
  resp_code?: string;
  /** userInfo */
  user_info?: CainiaoNborderfrontUserOutsideQueryoutsideuserStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `cainiao.nborderfront.user.outside.queryoutsideuser`. */
export interface CainiaoNborderfrontUserOutsideQueryoutsideuserStruct {
  /** cpUserId */
  cp_user_id?: string;
  /** cpCode */
  cp_code?: string;
  /** 站点名称 */
  work_station_name?: string;
  /** 站点编码 */
  work_station_code?: string;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 户名 */
  name?: string;
  /** 手机 */
  mobile?: string;
  /** 杭州 */
  city_name?: string;
  /** 321000 */
  city_code?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
  cp_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_code: 'String',
  user_info: {
    cp_user_id: 'String',
    cp_code: 'String',
    work_station_name: 'String',
    work_station_code: 'String',
    alipay_account: 'String',
    name: 'String',
    mobile: 'String',
    city_name: 'String',
    city_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.nborderfront.user.outside.queryoutsideuser`: method, response root, request and response schemas. */
export const cainiaoNborderfrontUserOutsideQueryoutsideuserOperation = {
  method: 'cainiao.nborderfront.user.outside.queryoutsideuser',
  responseRoot: 'cainiao_nborderfront_user_outside_queryoutsideuser_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询外部小件员休息 — calls TOP method `cainiao.nborderfront.user.outside.queryoutsideuser`.
 *
 * 采用SPI方式查询外部公司的小件员信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoNborderfrontUserOutsideQueryoutsideuser(
  client: TopClient,
  request: CainiaoNborderfrontUserOutsideQueryoutsideuserRequest,
  options?: CallOptions,
): Promise<CainiaoNborderfrontUserOutsideQueryoutsideuserResponse> {
  return client.call<CainiaoNborderfrontUserOutsideQueryoutsideuserResponse>(
    {
      method: 'cainiao.nborderfront.user.outside.queryoutsideuser',
      responseRoot: 'cainiao_nborderfront_user_outside_queryoutsideuser_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

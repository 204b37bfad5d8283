// Generated from specs/tbk/taobao.tbk.sc.ucrowd.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.ucrowd.get` (淘宝客-服务商-获取人群标签). */
export interface TaobaoTbkScUcrowdGetRequest {
  /** 人群标签id */
  ucrowd_id: Int64Input;
}

/** Response of `taobao.tbk.sc.ucrowd.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScUcrowdGetResponse {
  /** data */
  data?: TaobaoTbkScUcrowdGetRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.sc.ucrowd.get`. */
export interface TaobaoTbkScUcrowdGetRpcResult {
  /** 人群 */
  ucrowd?: TaobaoTbkScUcrowdGetCrowdDto;
}

/** `CrowdDto` of `taobao.tbk.sc.ucrowd.get`. */
export interface TaobaoTbkScUcrowdGetCrowdDto {
  /** 状态，0:待生效，1:生效，2:失效 */
  status?: Int64;
  /** 人群描述 */
  desc?: string;
  /** 人群类型，1:社群 */
  ucrowd_type?: Int64;
  /** 外部人群编码 */
  external_crowd_code?: string;
  /** 人群标签名称 */
  ucrowd_name?: string;
  /** 更新时间 */
  update_time?: string;
  /** 创建时间 */
  create_time?: string;
  /** 人群标签id */
  ucrowd_id?: Int64;
  /** 覆盖会员数量 */
  member_size?: Int64;
}

const REQUEST_SCHEMA = {
  ucrowd_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    ucrowd: {
      status: 'Number',
      desc: 'String',
      ucrowd_type: 'Number',
      external_crowd_code: 'String',
      ucrowd_name: 'String',
      update_time: 'Date',
      create_time: 'Date',
      ucrowd_id: 'Number',
      member_size: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.ucrowd.get`: method, response root, request and response schemas. */
export const taobaoTbkScUcrowdGetOperation = {
  method: 'taobao.tbk.sc.ucrowd.get',
  responseRoot: 'tbk_sc_ucrowd_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-获取人群标签 — calls TOP method `taobao.tbk.sc.ucrowd.get`.
 *
 * 服务商使用。支持淘宝客通过入参人群标签id，获得人群信息，包括人群名称描述及覆盖会员数。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScUcrowdGet(
  client: TopClient,
  request: TaobaoTbkScUcrowdGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScUcrowdGetResponse> {
  return client.call<TaobaoTbkScUcrowdGetResponse>(
    {
      method: 'taobao.tbk.sc.ucrowd.get',
      responseRoot: 'tbk_sc_ucrowd_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

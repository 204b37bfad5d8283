// Generated from specs/antifraud/taobao.antifraud.riskuser.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.antifraud.riskuser.get` (反欺诈用户风险查询). */
export interface TaobaoAntifraudRiskuserGetRequest {
  /** 风险用户查询条件 */
  param_account_query?: TaobaoAntifraudRiskuserGetParamAccountQueryInput;
}

/** Response of `taobao.antifraud.riskuser.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAntifraudRiskuserGetResponse {
  /** 服务调用成功时, 返回的系统流水号 */
  event_id?: string;
  /** 风险分值 */
  score?: string;
  /** 风险结果, 为reject, review, pass三者之一 */
  risk_level?: string;
  /** 风险结果详情列表，包含多个风险结果单项 */
  detail_list?: TaobaoAntifraudRiskuserGetAccountRiskDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ParamAccountQuery` of `taobao.antifraud.riskuser.get`. */
export interface TaobaoAntifraudRiskuserGetParamAccountQueryInput {
  /** 反欺诈服务AppKey */
  app_key: string;
  /** 时间戳 */
  timestamp: string;
  /** 身份校验信息 */
  app_token: string;
  /** 场景ID */
  scene_id: string;
  /** 手机号 */
  phone_number: string;
  /** IP */
  ip: string;
  /** 透传参数，是一个json形式的字符串 */
  trans?: string;
}

/** `AccountRiskDetail` of `taobao.antifraud.riskuser.get`. */
export interface TaobaoAntifraudRiskuserGetAccountRiskDetail {
  /** 表示一个具体的用户风险详情 */
  name?: string;
}

const REQUEST_SCHEMA = {
  param_account_query: {
    app_key: 'String',
    timestamp: 'String',
    app_token: 'String',
    scene_id: 'String',
    phone_number: 'String',
    ip: 'String',
    trans: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  event_id: 'String',
  score: 'String',
  risk_level: 'String',
  detail_list: [
    {
      name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.antifraud.riskuser.get`: method, response root, request and response schemas. */
export const taobaoAntifraudRiskuserGetOperation = {
  method: 'taobao.antifraud.riskuser.get',
  responseRoot: 'antifraud_riskuser_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 反欺诈用户风险查询 — calls TOP method `taobao.antifraud.riskuser.get`.
 *
 * 根据用户基础信息，核实平台上的用户是否存在欺诈风险
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAntifraudRiskuserGet(
  client: TopClient,
  request: TaobaoAntifraudRiskuserGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAntifraudRiskuserGetResponse> {
  return client.call<TaobaoAntifraudRiskuserGetResponse>(
    {
      method: 'taobao.antifraud.riskuser.get',
      responseRoot: 'antifraud_riskuser_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

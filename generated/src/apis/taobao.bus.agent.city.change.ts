// Generated from specs/bus/taobao.bus.agent.city.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.agent.city.change` (城市变更). */
export interface TaobaoBusAgentCityChangeRequest {
  /** 城市变更请求对象 */
  param_city_change_r_q?: TaobaoBusAgentCityChangeCityChangeRqInput;
}

/** Response of `taobao.bus.agent.city.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusAgentCityChangeResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 系统异常错误码 */
  err_code?: string;
  /** 异常描述 */
  err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CityChangeRq` of `taobao.bus.agent.city.change`. */
export interface TaobaoBusAgentCityChangeCityChangeRqInput {
  /** 代理商ID */
  agent_id: Int64Input;
  /** 城市列表属性 */
  list: TaobaoBusAgentCityChangeBusCityChangeDtoInput[];
}

/** `BusCityChangeDto` of `taobao.bus.agent.city.change`. */
export interface TaobaoBusAgentCityChangeBusCityChangeDtoInput {
  /** 是否开通标示，0：已开通 1：未开通 */
  type_no: Int64Input;
  /** 城市拼音 */
  city_full_pinyin: string;
  /** 是否可售标示，0：暂停售票 1：可售 */
  status: Int64Input;
  /** 城市名 */
  start_city_name: string;
}

const REQUEST_SCHEMA = {
  param_city_change_r_q: {
    agent_id: 'Number',
    list: [
      {
        type_no: 'Number',
        city_full_pinyin: 'String',
        status: 'Number',
        start_city_name: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  err_code: 'String',
  err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.agent.city.change`: method, response root, request and response schemas. */
export const taobaoBusAgentCityChangeOperation = {
  method: 'taobao.bus.agent.city.change',
  responseRoot: 'bus_agent_city_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 城市变更 — calls TOP method `taobao.bus.agent.city.change`.
 *
 * 代理商通知城市变更，比如可售变为不可售等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusAgentCityChange(
  client: TopClient,
  request: TaobaoBusAgentCityChangeRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusAgentCityChangeResponse> {
  return client.call<TaobaoBusAgentCityChangeResponse>(
    {
      method: 'taobao.bus.agent.city.change',
      responseRoot: 'bus_agent_city_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/flight/alitrip.agent.flight.intention.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.intention.confirm` (意向单确认). */
export interface AlitripAgentFlightIntentionConfirmRequest {
  /** 确认入参 */
  param_confirm_request_d_t_o?: AlitripAgentFlightIntentionConfirmConfirmRequestDTOInput;
}

/** Response of `alitrip.agent.flight.intention.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightIntentionConfirmResponse {
  /** 结果 */
  result?: AlitripAgentFlightIntentionConfirmResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConfirmRequestDTO` of `alitrip.agent.flight.intention.confirm`. */
export interface AlitripAgentFlightIntentionConfirmConfirmRequestDTOInput {
  /** 商家店铺id */
  agent_id?: Int64Input;
  /** 意向单id */
  intention_id?: Int64Input;
  /** 出价，要么为null，要么集合内必须有值 */
  prices?: AlitripAgentFlightIntentionConfirmPassengerPriceInput[];
}

/** `PassengerPrice` of `alitrip.agent.flight.intention.confirm`. */
export interface AlitripAgentFlightIntentionConfirmPassengerPriceInput {
  /** 乘机人类型,1成人2儿童3婴儿 */
  passenger_type?: Int64Input;
  /** 乘机人对应的售价，单位：分，个位和十位必须是0，例如可以是19900，不能是19910，也不能是19901 */
  price?: Int64Input;
}

/** `ResultDTO` of `alitrip.agent.flight.intention.confirm`. */
export interface AlitripAgentFlightIntentionConfirmResultDTO {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  param_confirm_request_d_t_o: {
    agent_id: 'Number',
    intention_id: 'Number',
    prices: [
      {
        passenger_type: 'Number',
        price: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.intention.confirm`: method, response root, request and response schemas. */
export const alitripAgentFlightIntentionConfirmOperation = {
  method: 'alitrip.agent.flight.intention.confirm',
  responseRoot: 'alitrip_agent_flight_intention_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 意向单确认 — calls TOP method `alitrip.agent.flight.intention.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightIntentionConfirm(
  client: TopClient,
  request: AlitripAgentFlightIntentionConfirmRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightIntentionConfirmResponse> {
  return client.call<AlitripAgentFlightIntentionConfirmResponse>(
    {
      method: 'alitrip.agent.flight.intention.confirm',
      responseRoot: 'alitrip_agent_flight_intention_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

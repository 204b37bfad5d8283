// Generated from specs/crm/taobao.crm.exchange.crowdinstance.add.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.exchange.crowdinstance.add.privy` (向活动人群实例中增加买家（隐私号版）). */
export interface TaobaoCrmExchangeCrowdinstanceAddPrivyRequest {
  /** ouid */
  ouid: string;
  /** 人群实例ID */
  crowd_instance_id: Int64Input;
  /** 操作原因 */
  reason: string;
}

/** Response of `taobao.crm.exchange.crowdinstance.add.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmExchangeCrowdinstanceAddPrivyResponse {
  /** 调用是否成功 */
  sub_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ouid: 'String',
  crowd_instance_id: 'Number',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sub_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.exchange.crowdinstance.add.privy`: method, response root, request and response schemas. */
export const taobaoCrmExchangeCrowdinstanceAddPrivyOperation = {
  method: 'taobao.crm.exchange.crowdinstance.add.privy',
  responseRoot: 'crm_exchange_crowdinstance_add_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 向活动人群实例中增加买家（隐私号版） — calls TOP method `taobao.crm.exchange.crowdinstance.add.privy`.
 *
 * 向活动人群实例中增加买家
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmExchangeCrowdinstanceAddPrivy(
  client: TopClient,
  request: TaobaoCrmExchangeCrowdinstanceAddPrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmExchangeCrowdinstanceAddPrivyResponse> {
  return client.call<TaobaoCrmExchangeCrowdinstanceAddPrivyResponse>(
    {
      method: 'taobao.crm.exchange.crowdinstance.add.privy',
      responseRoot: 'crm_exchange_crowdinstance_add_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.existinghome.sync.broker.is.receive.customer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.sync.broker.is.receive.customer` (经纪人接待状态变更). */
export interface AlibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerRequest {
  /** 1 */
  outer_id?: string;
  /** 1 */
  is_receive_customer?: Int64Input;
  /** 1 */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.existinghome.sync.broker.is.receive.customer`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerResponse {
  /** 1 */
  return_code?: string;
  /** 1 */
  data?: boolean;
  /** 1 */
  return_success?: boolean;
  /** 1 */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  is_receive_customer: 'Number',
  outer_store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: 'Boolean',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.sync.broker.is.receive.customer`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerOperation = {
  method: 'alibaba.alihouse.existinghome.sync.broker.is.receive.customer',
  responseRoot: 'alibaba_alihouse_existinghome_sync_broker_is_receive_customer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 经纪人接待状态变更 — calls TOP method `alibaba.alihouse.existinghome.sync.broker.is.receive.customer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomer(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerResponse> {
  return client.call<AlibabaAlihouseExistinghomeSyncBrokerIsReceiveCustomerResponse>(
    {
      method: 'alibaba.alihouse.existinghome.sync.broker.is.receive.customer',
      responseRoot: 'alibaba_alihouse_existinghome_sync_broker_is_receive_customer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.existinghome.broker.migrate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.broker.migrate` (融合店经纪人迁移). */
export interface AlibabaAlihouseExistinghomeBrokerMigrateRequest {
  /** 1 */
  broker_migrate_dto: AlibabaAlihouseExistinghomeBrokerMigrateBrokerMigrateDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.broker.migrate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBrokerMigrateResponse {
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

/** `BrokerMigrateDTO` of `alibaba.alihouse.existinghome.broker.migrate`. */
export interface AlibabaAlihouseExistinghomeBrokerMigrateBrokerMigrateDTOInput {
  /** 1 */
  outer_store_id?: string;
  /** 1 */
  new_outer_id?: string;
  /** 1 */
  outer_id?: string;
  /** 1 */
  type?: Int64Input;
  /** 1 */
  is_roll_back?: Int64Input;
}

const REQUEST_SCHEMA = {
  broker_migrate_dto: {
    outer_store_id: 'String',
    new_outer_id: 'String',
    outer_id: 'String',
    type: 'Number',
    is_roll_back: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: 'Boolean',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.broker.migrate`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBrokerMigrateOperation = {
  method: 'alibaba.alihouse.existinghome.broker.migrate',
  responseRoot: 'alibaba_alihouse_existinghome_broker_migrate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 融合店经纪人迁移 — calls TOP method `alibaba.alihouse.existinghome.broker.migrate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBrokerMigrate(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBrokerMigrateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBrokerMigrateResponse> {
  return client.call<AlibabaAlihouseExistinghomeBrokerMigrateResponse>(
    {
      method: 'alibaba.alihouse.existinghome.broker.migrate',
      responseRoot: 'alibaba_alihouse_existinghome_broker_migrate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

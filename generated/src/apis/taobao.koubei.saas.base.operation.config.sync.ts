// Generated from specs/alsc/taobao.koubei.saas.base.operation.config.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.saas.base.operation.config.sync` (商家基础经营设置信息同步). */
export interface TaobaoKoubeiSaasBaseOperationConfigSyncRequest {
  /** 商户ID */
  merchant_id: string;
  /** 请求ID */
  request_id: string;
  /** 操作员ID */
  outer_operator_id?: string;
  /** 业务类型。支付方式：payment_method */
  biz_type: string;
  /** 经营设置json串 */
  operation_config: string;
}

/** Response of `taobao.koubei.saas.base.operation.config.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiSaasBaseOperationConfigSyncResponse {
  /** 是否成功 */
  biz_success?: boolean;
  /** 异常信息 */
  msg_info?: string;
  /** 异常码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  merchant_id: 'String',
  request_id: 'String',
  outer_operator_id: 'String',
  biz_type: 'String',
  operation_config: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_success: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.saas.base.operation.config.sync`: method, response root, request and response schemas. */
export const taobaoKoubeiSaasBaseOperationConfigSyncOperation = {
  method: 'taobao.koubei.saas.base.operation.config.sync',
  responseRoot: 'koubei_saas_base_operation_config_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家基础经营设置信息同步 — calls TOP method `taobao.koubei.saas.base.operation.config.sync`.
 *
 * ISV接入口碑SAAS后, 经营设置数据同步到口碑SAAS
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiSaasBaseOperationConfigSync(
  client: TopClient,
  request: TaobaoKoubeiSaasBaseOperationConfigSyncRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiSaasBaseOperationConfigSyncResponse> {
  return client.call<TaobaoKoubeiSaasBaseOperationConfigSyncResponse>(
    {
      method: 'taobao.koubei.saas.base.operation.config.sync',
      responseRoot: 'koubei_saas_base_operation_config_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

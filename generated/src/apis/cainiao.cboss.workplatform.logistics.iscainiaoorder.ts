// Generated from specs/logistic/cainiao.cboss.workplatform.logistics.iscainiaoorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cboss.workplatform.logistics.iscainiaoorder` (根据交易单号判断是否为菜鸟发货订单). */
export interface CainiaoCbossWorkplatformLogisticsIscainiaoorderRequest {
  /** 交易单号 */
  trade_id?: string;
}

/** Response of `cainiao.cboss.workplatform.logistics.iscainiaoorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCbossWorkplatformLogisticsIscainiaoorderResponse {
  /** isCainiaoOrder */
  is_cainiao_order?: boolean;
  /** success */
  res_success?: boolean;
  /** errorCode */
  res_error_code?: string;
  /** errorMsg */
  res_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_cainiao_order: 'Boolean',
  res_success: 'Boolean',
  res_error_code: 'String',
  res_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cboss.workplatform.logistics.iscainiaoorder`: method, response root, request and response schemas. */
export const cainiaoCbossWorkplatformLogisticsIscainiaoorderOperation = {
  method: 'cainiao.cboss.workplatform.logistics.iscainiaoorder',
  responseRoot: 'cainiao_cboss_workplatform_logistics_iscainiaoorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据交易单号判断是否为菜鸟发货订单 — calls TOP method `cainiao.cboss.workplatform.logistics.iscainiaoorder`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCbossWorkplatformLogisticsIscainiaoorder(
  client: TopClient,
  request: CainiaoCbossWorkplatformLogisticsIscainiaoorderRequest = {},
  options?: CallOptions,
): Promise<CainiaoCbossWorkplatformLogisticsIscainiaoorderResponse> {
  return client.call<CainiaoCbossWorkplatformLogisticsIscainiaoorderResponse>(
    {
      method: 'cainiao.cboss.workplatform.logistics.iscainiaoorder',
      responseRoot: 'cainiao_cboss_workplatform_logistics_iscainiaoorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

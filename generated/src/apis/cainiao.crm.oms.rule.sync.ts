// Generated from specs/wms/cainiao.crm.oms.rule.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.crm.oms.rule.sync` (商家ERP订单处理规则同步). */
export interface CainiaoCrmOmsRuleSyncRequest {
  /** 店铺nick */
  shop_code: string;
  /** 是否开启菜鸟自动流转规则 */
  is_open_cnauto: boolean;
  /** 是否系统智能处理订单（无人工介入） */
  is_auto_check: boolean;
  /** 人工审单规则描述 */
  check_rule_msg?: string;
  /** 是否开启了订单合单 */
  is_sys_merge_order?: boolean;
  /** 订单合单周期（单位：分钟） */
  merge_order_cycle?: Int64Input;
  /** 其他未定义订单处理规则，格式｛name;stauts;cycle;｝ */
  other_rule?: string;
}

/** Response of `cainiao.crm.oms.rule.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCrmOmsRuleSyncResponse {
  /** success */
  wl_success?: boolean;
  /** errorCode */
  wl_error_code?: string;
  /** errorMsg */
  wl_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  shop_code: 'String',
  is_open_cnauto: 'Boolean',
  is_auto_check: 'Boolean',
  check_rule_msg: 'String',
  is_sys_merge_order: 'Boolean',
  merge_order_cycle: 'Number',
  other_rule: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wl_success: 'Boolean',
  wl_error_code: 'String',
  wl_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.crm.oms.rule.sync`: method, response root, request and response schemas. */
export const cainiaoCrmOmsRuleSyncOperation = {
  method: 'cainiao.crm.oms.rule.sync',
  responseRoot: 'cainiao_crm_oms_rule_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家ERP订单处理规则同步 — calls TOP method `cainiao.crm.oms.rule.sync`.
 *
 * 将商家ERP订单处理规则同步到菜鸟CRM系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCrmOmsRuleSync(
  client: TopClient,
  request: CainiaoCrmOmsRuleSyncRequest,
  options?: CallOptions,
): Promise<CainiaoCrmOmsRuleSyncResponse> {
  return client.call<CainiaoCrmOmsRuleSyncResponse>(
    {
      method: 'cainiao.crm.oms.rule.sync',
      responseRoot: 'cainiao_crm_oms_rule_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

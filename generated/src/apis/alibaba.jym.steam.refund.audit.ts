// Generated from specs/jym/alibaba.jym.steam.refund.audit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.steam.refund.audit` (交易猫steam逆向单审核). */
export interface AlibabaJymSteamRefundAuditRequest {
  /** 入参object */
  audit_refund_order_dto: AlibabaJymSteamRefundAuditAuditRefundOrderDTOInput;
}

/** Response of `alibaba.jym.steam.refund.audit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymSteamRefundAuditResponse {
  /** 返回值 */
  result?: boolean;
  /** 子集错误码，提供与业务细节使用 */
  sub_code_type?: string;
  /** 调用结果 */
  is_success?: boolean;
  /** 子集错误描述，提供与业务细节使用 */
  sub_extra_err_msg?: string;
  /** 错误码枚举 */
  state_code?: string;
  /** 错误详细描述 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuditRefundOrderDTO` of `alibaba.jym.steam.refund.audit`. */
export interface AlibabaJymSteamRefundAuditAuditRefundOrderDTOInput {
  /** 退款单ID */
  refund_order_id: string;
  /** 审核结果，1：通过，0：不通过 */
  audit_pass: Int64Input;
  /** 订单ID */
  order_id: string;
}

const REQUEST_SCHEMA = {
  audit_refund_order_dto: {
    refund_order_id: 'String',
    audit_pass: 'Number',
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.steam.refund.audit`: method, response root, request and response schemas. */
export const alibabaJymSteamRefundAuditOperation = {
  method: 'alibaba.jym.steam.refund.audit',
  responseRoot: 'alibaba_jym_steam_refund_audit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫steam逆向单审核 — calls TOP method `alibaba.jym.steam.refund.audit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymSteamRefundAudit(
  client: TopClient,
  request: AlibabaJymSteamRefundAuditRequest,
  options?: CallOptions,
): Promise<AlibabaJymSteamRefundAuditResponse> {
  return client.call<AlibabaJymSteamRefundAuditResponse>(
    {
      method: 'alibaba.jym.steam.refund.audit',
      responseRoot: 'alibaba_jym_steam_refund_audit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/middleclaims/alibaba.middle.claimsbill.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.middle.claimsbill.receive` (国际化中台服务域接收理赔账单). */
export interface AlibabaMiddleClaimsbillReceiveRequest {
  /** 理赔账单实体 */
  claims_bill_dto?: AlibabaMiddleClaimsbillReceiveClaimsBillDtoInput;
}

/** Response of `alibaba.middle.claimsbill.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMiddleClaimsbillReceiveResponse {
  /** 结果实体类 */
  result?: AlibabaMiddleClaimsbillReceiveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ClaimsBillDto` of `alibaba.middle.claimsbill.receive`. */
export interface AlibabaMiddleClaimsbillReceiveClaimsBillDtoInput {
  /** 服务工单ID */
  service_work_order_id?: Int64Input;
  /** 报案号 */
  report_no?: string;
  /** 金额 */
  amount?: Int64Input;
  /** 币种 */
  amount_currency?: string;
  /** 收款账户 */
  payee?: string;
  /** 支付时间 */
  pay_time?: DateInput;
  /** 预留扩展Map */
  extension_map?: AlibabaMiddleClaimsbillReceiveExtensionmapInput;
}

/** `Extensionmap` of `alibaba.middle.claimsbill.receive`. */
export interface AlibabaMiddleClaimsbillReceiveExtensionmapInput {
  /** 预留扩展Map1 */
  extension_map_fir?: string;
}

/** `Result` of `alibaba.middle.claimsbill.receive`. */
export interface AlibabaMiddleClaimsbillReceiveResult {
  /** 系统调用结果 */
  success?: boolean;
  /** 业务结果 */
  data?: boolean;
  /** 是否重复 */
  repeated?: boolean;
  /** 是否重试 */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  claims_bill_dto: {
    service_work_order_id: 'Number',
    report_no: 'String',
    amount: 'Number',
    amount_currency: 'String',
    payee: 'String',
    pay_time: 'Date',
    extension_map: {
      extension_map_fir: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    repeated: 'Boolean',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.middle.claimsbill.receive`: method, response root, request and response schemas. */
export const alibabaMiddleClaimsbillReceiveOperation = {
  method: 'alibaba.middle.claimsbill.receive',
  responseRoot: 'alibaba_middle_claimsbill_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际化中台服务域接收理赔账单 — calls TOP method `alibaba.middle.claimsbill.receive`.
 *
 * 国际化中台服务域与保险公司交互对接一个订单在保险公司方对该订单进行理赔打款的处理后，将该打款结果返回至服务域
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMiddleClaimsbillReceive(
  client: TopClient,
  request: AlibabaMiddleClaimsbillReceiveRequest = {},
  options?: CallOptions,
): Promise<AlibabaMiddleClaimsbillReceiveResponse> {
  return client.call<AlibabaMiddleClaimsbillReceiveResponse>(
    {
      method: 'alibaba.middle.claimsbill.receive',
      responseRoot: 'alibaba_middle_claimsbill_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

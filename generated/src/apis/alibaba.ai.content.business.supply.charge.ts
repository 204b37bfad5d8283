// Generated from specs/tmallgenie/alibaba.ai.content.business.supply.charge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ai.content.business.supply.charge` (供销商品充值接口). */
export interface AlibabaAiContentBusinessSupplyChargeRequest {
  /** 入参对象 */
  member_charge_request: AlibabaAiContentBusinessSupplyChargeMemberChargeRequestInput;
}

/** Response of `alibaba.ai.content.business.supply.charge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAiContentBusinessSupplyChargeResponse {
  /** 返回结果 */
  result?: AlibabaAiContentBusinessSupplyChargeBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemberChargeRequest` of `alibaba.ai.content.business.supply.charge`. */
export interface AlibabaAiContentBusinessSupplyChargeMemberChargeRequestInput {
  /** 加密的手机号，采用RSA加密，由猫精提供加密方法 */
  encrypted_mobile: string;
  /** 合作方自己生成需要保证唯一，至少16位。 */
  order_no: string;
  /** 猫精提供的bizCode */
  biz_code: string;
  /** 加密后的签名，签名方法见：猫精提供文档 */
  sign: string;
  /** 当前请求的时间戳，例如：1641468394035 */
  timestamp: Int64Input;
}

/** `BizResult` of `alibaba.ai.content.business.supply.charge`. */
export interface AlibabaAiContentBusinessSupplyChargeBizResult {
  /** true为充值成功 */
  ret_value?: boolean;
  /** 0 表示 请求成功，其他表示请求失败 */
  ret_code?: string;
  /** 错误信息 */
  ret_msg?: string;
}

const REQUEST_SCHEMA = {
  member_charge_request: {
    encrypted_mobile: 'String',
    order_no: 'String',
    biz_code: 'String',
    sign: 'String',
    timestamp: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_value: 'Boolean',
    ret_code: 'String',
    ret_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ai.content.business.supply.charge`: method, response root, request and response schemas. */
export const alibabaAiContentBusinessSupplyChargeOperation = {
  method: 'alibaba.ai.content.business.supply.charge',
  responseRoot: 'alibaba_ai_content_business_supply_charge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供销商品充值接口 — calls TOP method `alibaba.ai.content.business.supply.charge`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAiContentBusinessSupplyCharge(
  client: TopClient,
  request: AlibabaAiContentBusinessSupplyChargeRequest,
  options?: CallOptions,
): Promise<AlibabaAiContentBusinessSupplyChargeResponse> {
  return client.call<AlibabaAiContentBusinessSupplyChargeResponse>(
    {
      method: 'alibaba.ai.content.business.supply.charge',
      responseRoot: 'alibaba_ai_content_business_supply_charge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

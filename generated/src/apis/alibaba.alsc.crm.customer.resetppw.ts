// Generated from specs/alsc/alibaba.alsc.crm.customer.resetppw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.customer.resetppw` (重置支付密码). */
export interface AlibabaAlscCrmCustomerResetppwRequest {
  /** 系统自动生成 */
  reset_pay_pwd_request: AlibabaAlscCrmCustomerResetppwResetPayPasswdOpenReqInput;
}

/** Response of `alibaba.alsc.crm.customer.resetppw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCustomerResetppwResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCustomerResetppwCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResetPayPasswdOpenReq` of `alibaba.alsc.crm.customer.resetppw`. */
export interface AlibabaAlscCrmCustomerResetppwResetPayPasswdOpenReqInput {
  /** 品牌ID / 外部品牌id 2选1 */
  brand_id?: string;
  /** 操作人ID */
  operator_id?: string;
  /** 操作人名称 */
  operator_name?: string;
  /** 请求ID，幂等处理 */
  request_id: string;
  /** 20180988753656 */
  customer_id: string;
  /** 外部品牌id */
  out_brand_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.customer.resetppw`. */
export interface AlibabaAlscCrmCustomerResetppwCommonResult {
  /** 调用结果 */
  biz_success?: boolean;
  /** 重置支付密码是否成功 */
  result?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误码简介 */
  result_desc?: string;
  /** 错误码描述 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  reset_pay_pwd_request: {
    brand_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    request_id: 'String',
    customer_id: 'String',
    out_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'Boolean',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.customer.resetppw`: method, response root, request and response schemas. */
export const alibabaAlscCrmCustomerResetppwOperation = {
  method: 'alibaba.alsc.crm.customer.resetppw',
  responseRoot: 'alibaba_alsc_crm_customer_resetppw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 重置支付密码 — calls TOP method `alibaba.alsc.crm.customer.resetppw`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCustomerResetppw(
  client: TopClient,
  request: AlibabaAlscCrmCustomerResetppwRequest,
  options?: CallOptions,
): Promise<AlibabaAlscCrmCustomerResetppwResponse> {
  return client.call<AlibabaAlscCrmCustomerResetppwResponse>(
    {
      method: 'alibaba.alsc.crm.customer.resetppw',
      responseRoot: 'alibaba_alsc_crm_customer_resetppw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alsc/alibaba.alsc.crm.customer.updateppw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.customer.updateppw` (修改支付密码). */
export interface AlibabaAlscCrmCustomerUpdateppwRequest {
  /** 修改密码 */
  update_pay_passwd_req?: AlibabaAlscCrmCustomerUpdateppwUpdatePayPasswdReqInput;
}

/** Response of `alibaba.alsc.crm.customer.updateppw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCustomerUpdateppwResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCustomerUpdateppwCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdatePayPasswdReq` of `alibaba.alsc.crm.customer.updateppw`. */
export interface AlibabaAlscCrmCustomerUpdateppwUpdatePayPasswdReqInput {
  /** 品牌id 、 外部品牌id 2选1 */
  brand_id?: string;
  /** 修改人名称 */
  operator_name?: string;
  /** 操作人id */
  operator_id?: string;
  /** md5代表密码已经MD5加密，raw代表密码是原生没有加密 */
  passwd_type?: string;
  /** 密码 */
  pay_passwd?: string;
  /** 顾客id */
  customer_id?: string;
  /** 外部品牌id */
  out_brand_id?: string;
  /** 请求id */
  request_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.customer.updateppw`. */
export interface AlibabaAlscCrmCustomerUpdateppwCommonResult {
  /** 返回描述 */
  result_view?: string;
  /** 返回描述 */
  result_desc?: string;
  /** 返回code */
  result_code?: string;
  /** 返回结果 */
  result?: string;
  /** 调用成功 */
  biz_success?: boolean;
}

const REQUEST_SCHEMA = {
  update_pay_passwd_req: {
    brand_id: 'String',
    operator_name: 'String',
    operator_id: 'String',
    passwd_type: 'String',
    pay_passwd: 'String',
    customer_id: 'String',
    out_brand_id: 'String',
    request_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_view: 'String',
    result_desc: 'String',
    result_code: 'String',
    result: 'String',
    biz_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.customer.updateppw`: method, response root, request and response schemas. */
export const alibabaAlscCrmCustomerUpdateppwOperation = {
  method: 'alibaba.alsc.crm.customer.updateppw',
  responseRoot: 'alibaba_alsc_crm_customer_updateppw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改支付密码 — calls TOP method `alibaba.alsc.crm.customer.updateppw`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCustomerUpdateppw(
  client: TopClient,
  request: AlibabaAlscCrmCustomerUpdateppwRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCustomerUpdateppwResponse> {
  return client.call<AlibabaAlscCrmCustomerUpdateppwResponse>(
    {
      method: 'alibaba.alsc.crm.customer.updateppw',
      responseRoot: 'alibaba_alsc_crm_customer_updateppw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

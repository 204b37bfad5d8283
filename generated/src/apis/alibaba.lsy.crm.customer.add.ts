// Generated from specs/tmallnr/alibaba.lsy.crm.customer.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.customer.add` (私域导购添加活动留资入口). */
export interface AlibabaLsyCrmCustomerAddRequest {
  /** 入参对象 */
  req_dto?: AlibabaLsyCrmCustomerAddNrtCrmCreateCustomerReqInput;
}

/** Response of `alibaba.lsy.crm.customer.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmCustomerAddResponse {
  /** 返回对象 */
  result?: AlibabaLsyCrmCustomerAddResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCrmCreateCustomerReq` of `alibaba.lsy.crm.customer.add`. */
export interface AlibabaLsyCrmCustomerAddNrtCrmCreateCustomerReqInput {
  /** 活动id */
  activity_id: Int64Input;
  /** 手机号 */
  phone: string;
  /** 业务身份：居然/红星 */
  biz_code?: string;
  /** 会员openId */
  open_id: string;
  /** 姓名 */
  name: string;
  /** 摊位id */
  store_id: Int64Input;
  /** 导购员id */
  guider_id: Int64Input;
}

/** `ResultDo` of `alibaba.lsy.crm.customer.add`. */
export interface AlibabaLsyCrmCustomerAddResultDo {
  /** 错误提示码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  req_dto: {
    activity_id: 'Number',
    phone: 'String',
    biz_code: 'String',
    open_id: 'String',
    name: 'String',
    store_id: 'Number',
    guider_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.customer.add`: method, response root, request and response schemas. */
export const alibabaLsyCrmCustomerAddOperation = {
  method: 'alibaba.lsy.crm.customer.add',
  responseRoot: 'alibaba_lsy_crm_customer_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 私域导购添加活动留资入口 — calls TOP method `alibaba.lsy.crm.customer.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmCustomerAdd(
  client: TopClient,
  request: AlibabaLsyCrmCustomerAddRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmCustomerAddResponse> {
  return client.call<AlibabaLsyCrmCustomerAddResponse>(
    {
      method: 'alibaba.lsy.crm.customer.add',
      responseRoot: 'alibaba_lsy_crm_customer_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

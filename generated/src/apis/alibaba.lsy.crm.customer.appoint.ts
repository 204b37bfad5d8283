// Generated from specs/tmallnr/alibaba.lsy.crm.customer.appoint.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.customer.appoint` (ISV直播间预约). */
export interface AlibabaLsyCrmCustomerAppointRequest {
  /** 入参 */
  crm_appoint_activity_req?: AlibabaLsyCrmCustomerAppointCrmAppointActivityReqInput;
}

/** Response of `alibaba.lsy.crm.customer.appoint`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmCustomerAppointResponse {
  /** asdasd */
  result?: AlibabaLsyCrmCustomerAppointResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmAppointActivityReq` of `alibaba.lsy.crm.customer.appoint`. */
export interface AlibabaLsyCrmCustomerAppointCrmAppointActivityReqInput {
  /** 微信名称 */
  wechat_name: string;
  /** 业务code */
  biz_code: string;
  /** 导购员ID */
  guider_id: Int64Input;
  /** 门店ID */
  store_id: Int64Input;
  /** 活动ID */
  activity_id: Int64Input;
  /** 会员ID */
  open_id: string;
}

/** `ResultDO` of `alibaba.lsy.crm.customer.appoint`. */
export interface AlibabaLsyCrmCustomerAppointResultDO {
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  crm_appoint_activity_req: {
    wechat_name: 'String',
    biz_code: 'String',
    guider_id: 'Number',
    store_id: 'Number',
    activity_id: 'Number',
    open_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.customer.appoint`: method, response root, request and response schemas. */
export const alibabaLsyCrmCustomerAppointOperation = {
  method: 'alibaba.lsy.crm.customer.appoint',
  responseRoot: 'alibaba_lsy_crm_customer_appoint_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV直播间预约 — calls TOP method `alibaba.lsy.crm.customer.appoint`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmCustomerAppoint(
  client: TopClient,
  request: AlibabaLsyCrmCustomerAppointRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmCustomerAppointResponse> {
  return client.call<AlibabaLsyCrmCustomerAppointResponse>(
    {
      method: 'alibaba.lsy.crm.customer.appoint',
      responseRoot: 'alibaba_lsy_crm_customer_appoint_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

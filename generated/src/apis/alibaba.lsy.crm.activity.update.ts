// Generated from specs/tmallnr/alibaba.lsy.crm.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.update` (ISV活动修改). */
export interface AlibabaLsyCrmActivityUpdateRequest {
  /** 入参 */
  nrt_update_activity_req?: AlibabaLsyCrmActivityUpdateNrtUpdateActivityReqInput;
}

/** Response of `alibaba.lsy.crm.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivityUpdateResponse {
  /** 返回结果 */
  result?: AlibabaLsyCrmActivityUpdateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtUpdateActivityReq` of `alibaba.lsy.crm.activity.update`. */
export interface AlibabaLsyCrmActivityUpdateNrtUpdateActivityReqInput {
  /** 活动ID */
  activity_id: Int64Input;
  /** 页面ID */
  page_id: Int64Input;
  /** 员工ID */
  employee_id: Int64Input;
  /** 是否需要电子凭证 */
  need_certificate?: boolean;
  /** 权利说明 */
  certificate_rights?: string;
}

/** `ResultDo` of `alibaba.lsy.crm.activity.update`. */
export interface AlibabaLsyCrmActivityUpdateResultDo {
  /** 错误信息 */
  err_msg?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  nrt_update_activity_req: {
    activity_id: 'Number',
    page_id: 'Number',
    employee_id: 'Number',
    need_certificate: 'Boolean',
    certificate_rights: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.update`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivityUpdateOperation = {
  method: 'alibaba.lsy.crm.activity.update',
  responseRoot: 'alibaba_lsy_crm_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV活动修改 — calls TOP method `alibaba.lsy.crm.activity.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivityUpdate(
  client: TopClient,
  request: AlibabaLsyCrmActivityUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivityUpdateResponse> {
  return client.call<AlibabaLsyCrmActivityUpdateResponse>(
    {
      method: 'alibaba.lsy.crm.activity.update',
      responseRoot: 'alibaba_lsy_crm_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tmallnr/alibaba.lsy.crm.activity.page.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.page.update` (ISV活动页面创建修改). */
export interface AlibabaLsyCrmActivityPageUpdateRequest {
  /** 入参 */
  nrt_crm_activity_page_create_req?: AlibabaLsyCrmActivityPageUpdateNrtCrmActivityPageCreateReqInput;
}

/** Response of `alibaba.lsy.crm.activity.page.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivityPageUpdateResponse {
  /** 返回结果 */
  result?: AlibabaLsyCrmActivityPageUpdateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCrmActivityPageCreateReq` of `alibaba.lsy.crm.activity.page.update`. */
export interface AlibabaLsyCrmActivityPageUpdateNrtCrmActivityPageCreateReqInput {
  /** 页面ID */
  page_id?: Int64Input;
  /** isvCode */
  isv_code: string;
  /** 创建人id */
  creator?: Int64Input;
  /** 缩略图url */
  thumbnail?: string;
  /** 页面类型 */
  type: Int64Input;
  /** 页面地址 */
  url: string;
  /** 备注说明 */
  description?: string;
  /** 简介 */
  synopsis?: string;
  /** 标题 */
  title: string;
  /** 业务code */
  biz_code?: string;
}

/** `ResultDo` of `alibaba.lsy.crm.activity.page.update`. */
export interface AlibabaLsyCrmActivityPageUpdateResultDo {
  /** 活动ID */
  data?: Int64;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  nrt_crm_activity_page_create_req: {
    page_id: 'Number',
    isv_code: 'String',
    creator: 'Number',
    thumbnail: 'String',
    type: 'Number',
    url: 'String',
    description: 'String',
    synopsis: 'String',
    title: 'String',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.page.update`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivityPageUpdateOperation = {
  method: 'alibaba.lsy.crm.activity.page.update',
  responseRoot: 'alibaba_lsy_crm_activity_page_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV活动页面创建修改 — calls TOP method `alibaba.lsy.crm.activity.page.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivityPageUpdate(
  client: TopClient,
  request: AlibabaLsyCrmActivityPageUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivityPageUpdateResponse> {
  return client.call<AlibabaLsyCrmActivityPageUpdateResponse>(
    {
      method: 'alibaba.lsy.crm.activity.page.update',
      responseRoot: 'alibaba_lsy_crm_activity_page_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

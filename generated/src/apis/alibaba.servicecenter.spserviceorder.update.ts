// Generated from specs/tmallservice/alibaba.servicecenter.spserviceorder.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.spserviceorder.update` (服务供应链服务单更新). */
export interface AlibabaServicecenterSpserviceorderUpdateRequest {
  /** 服务单id */
  sp_service_order_id: Int64Input;
  /** 新设备sn.当action填写addSn、changeSn时必填 */
  action?: string;
  /** 新设备sn.当action填写addSn、changeSn时必填 */
  new_sn?: string;
  /** 旧设备sn，当action填写changeSn时必填 */
  old_sn?: string;
  /** 服务有效期开始时间 */
  gmt_effect?: string;
  /** 服务过期时间 */
  gmt_expire?: string;
}

/** Response of `alibaba.servicecenter.spserviceorder.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterSpserviceorderUpdateResponse {
  /** 接口返回model */
  result?: AlibabaServicecenterSpserviceorderUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.servicecenter.spserviceorder.update`. */
export interface AlibabaServicecenterSpserviceorderUpdateResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 错误描述 */
  display_msg?: string;
}

const REQUEST_SCHEMA = {
  sp_service_order_id: 'Number',
  action: 'String',
  new_sn: 'String',
  old_sn: 'String',
  gmt_effect: 'String',
  gmt_expire: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
    display_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.spserviceorder.update`: method, response root, request and response schemas. */
export const alibabaServicecenterSpserviceorderUpdateOperation = {
  method: 'alibaba.servicecenter.spserviceorder.update',
  responseRoot: 'alibaba_servicecenter_spserviceorder_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务供应链服务单更新 — calls TOP method `alibaba.servicecenter.spserviceorder.update`.
 *
 * 服务供应链服务单更新，服务商通过此接口将商品的sn等信息推送到服务单中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterSpserviceorderUpdate(
  client: TopClient,
  request: AlibabaServicecenterSpserviceorderUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterSpserviceorderUpdateResponse> {
  return client.call<AlibabaServicecenterSpserviceorderUpdateResponse>(
    {
      method: 'alibaba.servicecenter.spserviceorder.update',
      responseRoot: 'alibaba_servicecenter_spserviceorder_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

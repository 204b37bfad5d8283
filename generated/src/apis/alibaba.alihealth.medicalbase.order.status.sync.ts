// Generated from specs/medicalbase/alibaba.alihealth.medicalbase.order.status.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.order.status.sync` (号源直连订单状态同步接口). */
export interface AlibabaAlihealthMedicalbaseOrderStatusSyncRequest {
  /** 订单信息 */
  orderl_sync_d_t_o?: AlibabaAlihealthMedicalbaseOrderStatusSyncOrderlSyncDtoInput;
}

/** Response of `alibaba.alihealth.medicalbase.order.status.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseOrderStatusSyncResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthMedicalbaseOrderStatusSyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderlSyncDto` of `alibaba.alihealth.medicalbase.order.status.sync`. */
export interface AlibabaAlihealthMedicalbaseOrderStatusSyncOrderlSyncDtoInput {
  /** 登录用户支付宝ID */
  alipay_id: string;
  /** 医院唯一标识 */
  hos_org_no: string;
  /** 院区编码 */
  hos_distinct_code?: string;
  /** 预约ID */
  reservation_id: string;
  /** 订单状态 */
  order_status: string;
  /** 失败原因 */
  remark?: string;
  /** 取号密码 */
  order_pass?: string;
}

/** `TopResultModel` of `alibaba.alihealth.medicalbase.order.status.sync`. */
export interface AlibabaAlihealthMedicalbaseOrderStatusSyncTopResultModel {
  /** 操作说明 */
  msg_info?: string;
  /** 操作码 */
  msg_code?: string;
  /** isvId */
  model?: string;
}

const REQUEST_SCHEMA = {
  orderl_sync_d_t_o: {
    alipay_id: 'String',
    hos_org_no: 'String',
    hos_distinct_code: 'String',
    reservation_id: 'String',
    order_status: 'String',
    remark: 'String',
    order_pass: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    msg_code: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.order.status.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseOrderStatusSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.order.status.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_order_status_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 号源直连订单状态同步接口 — calls TOP method `alibaba.alihealth.medicalbase.order.status.sync`.
 *
 * 互联网医院isv批量通过接口批量导入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseOrderStatusSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseOrderStatusSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseOrderStatusSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseOrderStatusSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.order.status.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_order_status_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

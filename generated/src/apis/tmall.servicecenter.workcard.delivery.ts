// Generated from specs/tmallsc/tmall.servicecenter.workcard.delivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.delivery` (开始配送工单). */
export interface TmallServicecenterWorkcardDeliveryRequest {
  /** 工单配送请求参数 */
  identify_task_delivery_request: TmallServicecenterWorkcardDeliveryIdentifyTaskDeliveryRequestInput;
}

/** Response of `tmall.servicecenter.workcard.delivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardDeliveryResponse {
  /** 是否成功 */
  msg_success?: boolean;
  /** 返回信息 */
  msg_code?: string;
  /** 返回code */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdentifyTaskDeliveryRequest` of `tmall.servicecenter.workcard.delivery`. */
export interface TmallServicecenterWorkcardDeliveryIdentifyTaskDeliveryRequestInput {
  /** 工单ID */
  workcard_id: Int64Input;
  /** 配送地纬度 */
  latitude?: string;
  /** 配送地经度 */
  longitude?: string;
}

const REQUEST_SCHEMA = {
  identify_task_delivery_request: {
    workcard_id: 'Number',
    latitude: 'String',
    longitude: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.delivery`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardDeliveryOperation = {
  method: 'tmall.servicecenter.workcard.delivery',
  responseRoot: 'tmall_servicecenter_workcard_delivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开始配送工单 — calls TOP method `tmall.servicecenter.workcard.delivery`.
 *
 * 服务商调用该接口通知天猫服务平台服务商工人已开始配送工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardDelivery(
  client: TopClient,
  request: TmallServicecenterWorkcardDeliveryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardDeliveryResponse> {
  return client.call<TmallServicecenterWorkcardDeliveryResponse>(
    {
      method: 'tmall.servicecenter.workcard.delivery',
      responseRoot: 'tmall_servicecenter_workcard_delivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

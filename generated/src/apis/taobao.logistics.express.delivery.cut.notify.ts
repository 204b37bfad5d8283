// Generated from specs/logistic/taobao.logistics.express.delivery.cut.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.delivery.cut.notify` (TMS配拦截结果回告). */
export interface TaobaoLogisticsExpressDeliveryCutNotifyRequest {
  /** 请求 */
  notify_cut_off_delivery_process_status_request: TaobaoLogisticsExpressDeliveryCutNotifyNotifyCutOffDeliveryProcessStatusRequestInput;
}

/** Response of `taobao.logistics.express.delivery.cut.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressDeliveryCutNotifyResponse {
  /** 是否成功 */
  suc?: boolean;
  /** 错误信息 */
  biz_error_message?: string;
  /** 错误编码 */
  biz_error_code?: boolean;
  /** 是否支持重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NotifyCutOffDeliveryProcessStatusRequest` of `taobao.logistics.express.delivery.cut.notify`. */
export interface TaobaoLogisticsExpressDeliveryCutNotifyNotifyCutOffDeliveryProcessStatusRequestInput {
  /** 快递单号 */
  mail_no: string;
  /** 业务单号 */
  outer_order_id?: string;
  /** 拦截状态，1拦截成功，2拦截失败，3拦截取消 */
  intercept_status: string;
  /** 快递公司 */
  tms_cp_code: string;
  /** 拦截失败、拦截取消原因 */
  intercept_status_message?: string;
}

const REQUEST_SCHEMA = {
  notify_cut_off_delivery_process_status_request: {
    mail_no: 'String',
    outer_order_id: 'String',
    intercept_status: 'String',
    tms_cp_code: 'String',
    intercept_status_message: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'Boolean',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.delivery.cut.notify`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressDeliveryCutNotifyOperation = {
  method: 'taobao.logistics.express.delivery.cut.notify',
  responseRoot: 'logistics_express_delivery_cut_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * TMS配拦截结果回告 — calls TOP method `taobao.logistics.express.delivery.cut.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressDeliveryCutNotify(
  client: TopClient,
  request: TaobaoLogisticsExpressDeliveryCutNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressDeliveryCutNotifyResponse> {
  return client.call<TaobaoLogisticsExpressDeliveryCutNotifyResponse>(
    {
      method: 'taobao.logistics.express.delivery.cut.notify',
      responseRoot: 'logistics_express_delivery_cut_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

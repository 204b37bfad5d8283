// Generated from specs/wdk/alibaba.wdk.fulfill.dms.delivery.work.order.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.dms.delivery.work.order.callback` (末端配配送作业回传). */
export interface AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackRequest {
  /** 作业单回传对象 */
  callback_order: AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliveryCallbackOrderInput;
}

/** Response of `alibaba.wdk.fulfill.dms.delivery.work.order.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackResponse {
  /** 响应提示信息 */
  resp_message?: string;
  /** 返回码： SUCCESS:作业批次接收成功 SYSTEM_ERROR :系统异常(指令可重发) PARAM_ERROR :参数错误(指令不可重发，监控报警) BUSINESS_ERROR:业务异常(指令不可重发，监控报警) */
  resp_code?: string;
  /** 是否成功：true 调用成功； false 调用失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryCallbackOrder` of `alibaba.wdk.fulfill.dms.delivery.work.order.callback`. */
export interface AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliveryCallbackOrderInput {
  /** 作业单号 */
  work_order_id: string;
  /** 作业状态变更类型：SHIP("揽收"),SIGN("妥投"),SIGN_ERROR("配送异常"),REFUSE("拒收") */
  status_change_type: string;
  /** 作业状态变更时间 */
  status_change_time: DateInput;
  /** 配送员 */
  deliveryman: AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliverymanInput;
  /** 拒收子单列表 */
  refused_order_details?: AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliveryCallbackOrderDetailInput[];
  /** 备注 */
  remark?: string;
  /** 配送站编码 */
  delivery_dock_code: string;
  /** 来源系统:：CHINA_POST:邮政 */
  source_system: string;
}

/** `Deliveryman` of `alibaba.wdk.fulfill.dms.delivery.work.order.callback`. */
export interface AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliverymanInput {
  /** 姓名 */
  name: string;
  /** 编号 */
  code: string;
  /** 手机号 */
  phone: string;
}

/** `DeliveryCallbackOrderDetail` of `alibaba.wdk.fulfill.dms.delivery.work.order.callback`. */
export interface AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackDeliveryCallbackOrderDetailInput {
  /** 子单ID */
  work_order_detail_id?: string;
  /** 拒收原因 */
  refused_reason?: string;
}

const REQUEST_SCHEMA = {
  callback_order: {
    work_order_id: 'String',
    status_change_type: 'String',
    status_change_time: 'Date',
    deliveryman: {
      name: 'String',
      code: 'String',
      phone: 'String',
    },
    refused_order_details: [
      {
        work_order_detail_id: 'String',
        refused_reason: 'String',
      },
    ],
    remark: 'String',
    delivery_dock_code: 'String',
    source_system: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_message: 'String',
  resp_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.dms.delivery.work.order.callback`: method, response root, request and response schemas. */
export const alibabaWdkFulfillDmsDeliveryWorkOrderCallbackOperation = {
  method: 'alibaba.wdk.fulfill.dms.delivery.work.order.callback',
  responseRoot: 'alibaba_wdk_fulfill_dms_delivery_work_order_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 末端配配送作业回传 — calls TOP method `alibaba.wdk.fulfill.dms.delivery.work.order.callback`.
 *
 * 末端配配送作业回传。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillDmsDeliveryWorkOrderCallback(
  client: TopClient,
  request: AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackResponse> {
  return client.call<AlibabaWdkFulfillDmsDeliveryWorkOrderCallbackResponse>(
    {
      method: 'alibaba.wdk.fulfill.dms.delivery.work.order.callback',
      responseRoot: 'alibaba_wdk_fulfill_dms_delivery_work_order_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.consignorder.cancel.feedback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.consignorder.cancel.feedback` (商家仓wms取消发货反馈回告服务). */
export interface AlibabaAscpUopSupplierConsignorderCancelFeedbackRequest {
  /** 取消发货反馈回告请求 */
  consignorder_cancel_feedback_request?: AlibabaAscpUopSupplierConsignorderCancelFeedbackConsignordercancelfeedbackrequestInput;
}

/** Response of `alibaba.ascp.uop.supplier.consignorder.cancel.feedback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierConsignorderCancelFeedbackResponse {
  /** 返回值包装,result为返回具体消息内容 */
  consignorder_cancel_feedback_response?: AlibabaAscpUopSupplierConsignorderCancelFeedbackResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Consignordercancelfeedbackrequest` of `alibaba.ascp.uop.supplier.consignorder.cancel.feedback`. */
export interface AlibabaAscpUopSupplierConsignorderCancelFeedbackConsignordercancelfeedbackrequestInput {
  /** 供应商id */
  supplier_id: string;
  /** 履约单号 */
  biz_order_code: string;
  /** 业务时间 */
  biz_time?: DateInput;
  /** 是否取消成功,true成功/false失败 */
  cancel_result: boolean;
  /** 取消失败原因 */
  cancel_reason?: string;
  /** 一盘货业务模式，默认为0代表商家仓商家配，为1代表商家仓自营配 (为1时会强制校验配CP和单号必须与取号时一致，且多包裹必须一次性发货) */
  business_model?: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.consignorder.cancel.feedback`. */
export interface AlibabaAscpUopSupplierConsignorderCancelFeedbackResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 是否需要重试 */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  consignorder_cancel_feedback_request: {
    supplier_id: 'String',
    biz_order_code: 'String',
    biz_time: 'Date',
    cancel_result: 'Boolean',
    cancel_reason: 'String',
    business_model: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  consignorder_cancel_feedback_response: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.consignorder.cancel.feedback`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierConsignorderCancelFeedbackOperation = {
  method: 'alibaba.ascp.uop.supplier.consignorder.cancel.feedback',
  responseRoot: 'alibaba_ascp_uop_supplier_consignorder_cancel_feedback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家仓wms取消发货反馈回告服务 — calls TOP method `alibaba.ascp.uop.supplier.consignorder.cancel.feedback`.
 *
 * 履约单纬度通知商家仓wms取消发货结果反馈回告服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierConsignorderCancelFeedback(
  client: TopClient,
  request: AlibabaAscpUopSupplierConsignorderCancelFeedbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierConsignorderCancelFeedbackResponse> {
  return client.call<AlibabaAscpUopSupplierConsignorderCancelFeedbackResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.consignorder.cancel.feedback',
      responseRoot: 'alibaba_ascp_uop_supplier_consignorder_cancel_feedback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

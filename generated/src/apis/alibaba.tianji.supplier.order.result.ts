// Generated from specs/alicom/alibaba.tianji.supplier.order.result.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianji.supplier.order.result` (供应商处理订单接口（订购成功/失败、发货）). */
export interface AlibabaTianjiSupplierOrderResultRequest {
  /** 供应商处理订单结果反馈参数 */
  supplier_order_result_model?: AlibabaTianjiSupplierOrderResultSupplierOrderResultModelInput;
}

/** Response of `alibaba.tianji.supplier.order.result`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianjiSupplierOrderResultResponse {
  /** 结果 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierOrderResultModel` of `alibaba.tianji.supplier.order.result`. */
export interface AlibabaTianjiSupplierOrderResultSupplierOrderResultModelInput {
  /** 业务类型：7-合约机分销、 */
  biz_type: string;
  /** 结果码 */
  code: string;
  /** 结果描述 */
  desc: string;
  /** 交易订单号 */
  order_no: string;
  /** 供应商外部订单号 */
  out_order_no: string;
  /** 订购结果状态 */
  success: boolean;
}

const REQUEST_SCHEMA = {
  supplier_order_result_model: {
    biz_type: 'String',
    code: 'String',
    desc: 'String',
    order_no: 'String',
    out_order_no: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianji.supplier.order.result`: method, response root, request and response schemas. */
export const alibabaTianjiSupplierOrderResultOperation = {
  method: 'alibaba.tianji.supplier.order.result',
  responseRoot: 'alibaba_tianji_supplier_order_result_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商处理订单接口（订购成功/失败、发货） — calls TOP method `alibaba.tianji.supplier.order.result`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianjiSupplierOrderResult(
  client: TopClient,
  request: AlibabaTianjiSupplierOrderResultRequest = {},
  options?: CallOptions,
): Promise<AlibabaTianjiSupplierOrderResultResponse> {
  return client.call<AlibabaTianjiSupplierOrderResultResponse>(
    {
      method: 'alibaba.tianji.supplier.order.result',
      responseRoot: 'alibaba_tianji_supplier_order_result_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

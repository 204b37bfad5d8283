// Generated from specs/dengta/alibaba.pictures.dengta.order.status.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pictures.dengta.order.status.change` (天下秀订单状态变更通知). */
export interface AlibabaPicturesDengtaOrderStatusChangeRequest {
  /** 拒绝原因 */
  remark?: string;
  /** 新状态 */
  status: Int64Input;
  /** 变更时间 */
  change_time: string;
  /** ims订单编号 */
  ims_order_id: string;
  /** task 编号 */
  ali_task_id?: string;
}

/** Response of `alibaba.pictures.dengta.order.status.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPicturesDengtaOrderStatusChangeResponse {
  /** result */
  result?: AlibabaPicturesDengtaOrderStatusChangeApiGeneralResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiGeneralResult` of `alibaba.pictures.dengta.order.status.change`. */
export interface AlibabaPicturesDengtaOrderStatusChangeApiGeneralResult {
  /** message */
  message?: AlibabaPicturesDengtaOrderStatusChangeReturnMessage;
  /** traceId */
  trace_id?: string;
  /** value */
  value?: boolean;
  /** code */
  code?: Int64;
}

/** `ReturnMessage` of `alibaba.pictures.dengta.order.status.change`. */
export interface AlibabaPicturesDengtaOrderStatusChangeReturnMessage {
  /** dev */
  dev?: string;
  /** cust */
  cust?: string;
}

const REQUEST_SCHEMA = {
  remark: 'String',
  status: 'Number',
  change_time: 'String',
  ims_order_id: 'String',
  ali_task_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: {
      dev: 'String',
      cust: 'String',
    },
    trace_id: 'String',
    value: 'Boolean',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pictures.dengta.order.status.change`: method, response root, request and response schemas. */
export const alibabaPicturesDengtaOrderStatusChangeOperation = {
  method: 'alibaba.pictures.dengta.order.status.change',
  responseRoot: 'alibaba_pictures_dengta_order_status_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天下秀订单状态变更通知 — calls TOP method `alibaba.pictures.dengta.order.status.change`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPicturesDengtaOrderStatusChange(
  client: TopClient,
  request: AlibabaPicturesDengtaOrderStatusChangeRequest,
  options?: CallOptions,
): Promise<AlibabaPicturesDengtaOrderStatusChangeResponse> {
  return client.call<AlibabaPicturesDengtaOrderStatusChangeResponse>(
    {
      method: 'alibaba.pictures.dengta.order.status.change',
      responseRoot: 'alibaba_pictures_dengta_order_status_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

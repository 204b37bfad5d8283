// Generated from specs/logistic/alibaba.tcls.fulfill.qa.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.fulfill.qa.order.create` (创单接口). */
export interface AlibabaTclsFulfillQaOrderCreateRequest {
  /** 原始履约单号 */
  fulfill_order_id: string;
  /** 目标ip */
  target_ip?: string;
  /** 执行人姓名 */
  creator: string;
  /** 执行人工号 */
  job_no: string;
}

/** Response of `alibaba.tcls.fulfill.qa.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsFulfillQaOrderCreateResponse {
  /** 鹰眼id */
  trace_id?: string;
  /** 返回素材id */
  data?: string;
  /** 是否成功 */
  rt_success?: boolean;
  /** 错误码 */
  rt_error_code?: Int64;
  /** 错误信息 */
  rt_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  fulfill_order_id: 'String',
  target_ip: 'String',
  creator: 'String',
  job_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  data: 'String',
  rt_success: 'Boolean',
  rt_error_code: 'Number',
  rt_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.fulfill.qa.order.create`: method, response root, request and response schemas. */
export const alibabaTclsFulfillQaOrderCreateOperation = {
  method: 'alibaba.tcls.fulfill.qa.order.create',
  responseRoot: 'alibaba_tcls_fulfill_qa_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创单接口 — calls TOP method `alibaba.tcls.fulfill.qa.order.create`.
 *
 * 根据历史测试履约单号，复制一个同样镜像的履约单号并下发给大润发仓（api实现已经限制了测试数据）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsFulfillQaOrderCreate(
  client: TopClient,
  request: AlibabaTclsFulfillQaOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaTclsFulfillQaOrderCreateResponse> {
  return client.call<AlibabaTclsFulfillQaOrderCreateResponse>(
    {
      method: 'alibaba.tcls.fulfill.qa.order.create',
      responseRoot: 'alibaba_tcls_fulfill_qa_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

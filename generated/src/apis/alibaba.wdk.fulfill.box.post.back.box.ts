// Generated from specs/wdk/alibaba.wdk.fulfill.box.post.back.box.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.box.post.back.box` (RT收箱回传). */
export interface AlibabaWdkFulfillBoxPostBackBoxRequest {
  /** RT收箱回传请求参数 */
  return_box_container_request?: AlibabaWdkFulfillBoxPostBackBoxReturnBoxContainerRequestInput;
}

/** Response of `alibaba.wdk.fulfill.box.post.back.box`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillBoxPostBackBoxResponse {
  /** fulfillLogisticSingleResult */
  fulfill_logistic_single_result?: AlibabaWdkFulfillBoxPostBackBoxFulfillLogisticDefaultResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReturnBoxContainerRequest` of `alibaba.wdk.fulfill.box.post.back.box`. */
export interface AlibabaWdkFulfillBoxPostBackBoxReturnBoxContainerRequestInput {
  /** 周转箱列表 */
  box_code_list?: string[];
  /** 收箱交接单号 */
  hand_over_no?: string;
  /** 仓编号 */
  warehouse_code?: string;
  /** 操作时间 */
  operate_time?: DateInput;
}

/** `FulfillLogisticDefaultResult` of `alibaba.wdk.fulfill.box.post.back.box`. */
export interface AlibabaWdkFulfillBoxPostBackBoxFulfillLogisticDefaultResult {
  /** 错误码 */
  err_code?: string;
  /** 错误描述 */
  err_desc?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  return_box_container_request: {
    box_code_list: ['String'],
    hand_over_no: 'String',
    warehouse_code: 'String',
    operate_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fulfill_logistic_single_result: {
    err_code: 'String',
    err_desc: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.box.post.back.box`: method, response root, request and response schemas. */
export const alibabaWdkFulfillBoxPostBackBoxOperation = {
  method: 'alibaba.wdk.fulfill.box.post.back.box',
  responseRoot: 'alibaba_wdk_fulfill_box_post_back_box_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * RT收箱回传 — calls TOP method `alibaba.wdk.fulfill.box.post.back.box`.
 *
 * RT收箱后，信息同步履约，履约同通知UMS 容器管理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillBoxPostBackBox(
  client: TopClient,
  request: AlibabaWdkFulfillBoxPostBackBoxRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillBoxPostBackBoxResponse> {
  return client.call<AlibabaWdkFulfillBoxPostBackBoxResponse>(
    {
      method: 'alibaba.wdk.fulfill.box.post.back.box',
      responseRoot: 'alibaba_wdk_fulfill_box_post_back_box_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/wdk/alibaba.wdkopen.cateorder.pull.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkopen.cateorder.pull` (商户回传餐饮加工单状态). */
export interface AlibabaWdkopenCateorderPullRequest {
  /** 经营店ID */
  store_id: string;
  /** 主站主订单ID */
  out_order_id: string;
  /**
   * 主站子订单ID列表, 为空则表示回传整单状态
   *
   * Max list size: 999
   */
  sub_out_order_ids?: string[];
  /** 回传状态,PREPARING,准备中，制作中；PRODUCE_FINISH，制作完成；FETCHED 已取餐； CANCEL，加工失败/取消 */
  status: string;
}

/** Response of `alibaba.wdkopen.cateorder.pull`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkopenCateorderPullResponse {
  /** 调用返回 */
  top_base_result?: AlibabaWdkopenCateorderPullTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBaseResult` of `alibaba.wdkopen.cateorder.pull`. */
export interface AlibabaWdkopenCateorderPullTopBaseResult {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  return_code?: string;
  /** 错误码说明 */
  return_msg?: string;
  /** 调用处理结果 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  out_order_id: 'String',
  sub_out_order_ids: ['String'],
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_base_result: {
    success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkopen.cateorder.pull`: method, response root, request and response schemas. */
export const alibabaWdkopenCateorderPullOperation = {
  method: 'alibaba.wdkopen.cateorder.pull',
  responseRoot: 'alibaba_wdkopen_cateorder_pull_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户回传餐饮加工单状态 — calls TOP method `alibaba.wdkopen.cateorder.pull`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkopenCateorderPull(
  client: TopClient,
  request: AlibabaWdkopenCateorderPullRequest,
  options?: CallOptions,
): Promise<AlibabaWdkopenCateorderPullResponse> {
  return client.call<AlibabaWdkopenCateorderPullResponse>(
    {
      method: 'alibaba.wdkopen.cateorder.pull',
      responseRoot: 'alibaba_wdkopen_cateorder_pull_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

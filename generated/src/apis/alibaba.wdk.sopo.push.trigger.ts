// Generated from specs/wdk/alibaba.wdk.sopo.push.trigger.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sopo.push.trigger` (猫超共享库存寄售sopo推送触发). */
export interface AlibabaWdkSopoPushTriggerRequest {
  /** 系统自动生成 */
  wdk_open_push_so_po_request?: AlibabaWdkSopoPushTriggerWdkOpenPushSoPoRequestInput;
}

/** Response of `alibaba.wdk.sopo.push.trigger`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSopoPushTriggerResponse {
  /** 根据站点名称查询产品 */
  result?: AlibabaWdkSopoPushTriggerApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkOpenPushSoPoRequest` of `alibaba.wdk.sopo.push.trigger`. */
export interface AlibabaWdkSopoPushTriggerWdkOpenPushSoPoRequestInput {
  /** 淘系子订单列表，一次最多20个 */
  sub_trade_order_no_list: string[];
  /** 销售=10，销退=20 */
  sales_type: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.sopo.push.trigger`. */
export interface AlibabaWdkSopoPushTriggerApiResult {
  /** 结果 */
  return_success?: boolean;
  /** 错误码 */
  return_code?: string;
  /** 错误信息 */
  return_msg?: string;
}

const REQUEST_SCHEMA = {
  wdk_open_push_so_po_request: {
    sub_trade_order_no_list: ['String'],
    sales_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sopo.push.trigger`: method, response root, request and response schemas. */
export const alibabaWdkSopoPushTriggerOperation = {
  method: 'alibaba.wdk.sopo.push.trigger',
  responseRoot: 'alibaba_wdk_sopo_push_trigger_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 猫超共享库存寄售sopo推送触发 — calls TOP method `alibaba.wdk.sopo.push.trigger`.
 *
 * 猫超共享库存寄售sopo触发推送给商家
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSopoPushTrigger(
  client: TopClient,
  request: AlibabaWdkSopoPushTriggerRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSopoPushTriggerResponse> {
  return client.call<AlibabaWdkSopoPushTriggerResponse>(
    {
      method: 'alibaba.wdk.sopo.push.trigger',
      responseRoot: 'alibaba_wdk_sopo_push_trigger_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/xhotelonlineorder/taobao.xhotel.order.update.confirmcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.update.confirmcode` (推送及更新订单确认号). */
export interface TaobaoXhotelOrderUpdateConfirmcodeRequest {
  /** 系统入参 */
  param?: TaobaoXhotelOrderUpdateConfirmcodeUpdateOrderConfirmCodeParamInput;
}

/** Response of `taobao.xhotel.order.update.confirmcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderUpdateConfirmcodeResponse {
  /** 错误描述 */
  error_msg?: string;
  /** 操作结果,成功返回success */
  result?: string;
  /** 是否操作成功 */
  error?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateOrderConfirmCodeParam` of `taobao.xhotel.order.update.confirmcode`. */
export interface TaobaoXhotelOrderUpdateConfirmcodeUpdateOrderConfirmCodeParamInput {
  /** PMS确认号 */
  pms_res_id: string;
  /** 飞猪订单号 */
  tid: Int64Input;
  /** 商家系统订单号 */
  out_order_id: string;
}

const REQUEST_SCHEMA = {
  param: {
    pms_res_id: 'String',
    tid: 'Number',
    out_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  result: 'String',
  error: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.update.confirmcode`: method, response root, request and response schemas. */
export const taobaoXhotelOrderUpdateConfirmcodeOperation = {
  method: 'taobao.xhotel.order.update.confirmcode',
  responseRoot: 'xhotel_order_update_confirmcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推送及更新订单确认号 — calls TOP method `taobao.xhotel.order.update.confirmcode`.
 *
 * 商家拿到订单确认号后，异步推送给飞猪或更新给飞猪。订单确认号用于到店查无时的紧急查单依据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderUpdateConfirmcode(
  client: TopClient,
  request: TaobaoXhotelOrderUpdateConfirmcodeRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderUpdateConfirmcodeResponse> {
  return client.call<TaobaoXhotelOrderUpdateConfirmcodeResponse>(
    {
      method: 'taobao.xhotel.order.update.confirmcode',
      responseRoot: 'xhotel_order_update_confirmcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/logistic/alibaba.ele.fengniao.trade.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.trade.update` (更新蜂鸟扣费状态). */
export interface AlibabaEleFengniaoTradeUpdateRequest {
  /** param 参数 */
  param?: AlibabaEleFengniaoTradeUpdateParamInput;
}

/** Response of `alibaba.ele.fengniao.trade.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoTradeUpdateResponse {
  /** 1:成功 0：失败 */
  status?: Int64;
  /** 无此交易记录 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.trade.update`. */
export interface AlibabaEleFengniaoTradeUpdateParamInput {
  /** 交易唯一id，汇金outBizId */
  trade_id: Int64Input;
  /** 汇金扣拥状态 */
  success: boolean;
  /** 汇金唯一id */
  hj_trade_no?: Int64Input;
  /** 错误详情 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    trade_id: 'Number',
    success: 'Boolean',
    hj_trade_no: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.trade.update`: method, response root, request and response schemas. */
export const alibabaEleFengniaoTradeUpdateOperation = {
  method: 'alibaba.ele.fengniao.trade.update',
  responseRoot: 'alibaba_ele_fengniao_trade_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新蜂鸟扣费状态 — calls TOP method `alibaba.ele.fengniao.trade.update`.
 *
 * 汇金扣费成功后，回调该接口更新扣费状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoTradeUpdate(
  client: TopClient,
  request: AlibabaEleFengniaoTradeUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleFengniaoTradeUpdateResponse> {
  return client.call<AlibabaEleFengniaoTradeUpdateResponse>(
    {
      method: 'alibaba.ele.fengniao.trade.update',
      responseRoot: 'alibaba_ele_fengniao_trade_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

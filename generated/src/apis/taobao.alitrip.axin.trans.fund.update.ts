// Generated from specs/axintrade/taobao.alitrip.axin.trans.fund.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.fund.update` (修改资金单接口). */
export interface TaobaoAlitripAxinTransFundUpdateRequest {
  /** 更新资金单接口入参 */
  axin_fund_update_d_t_o: TaobaoAlitripAxinTransFundUpdateAxinFundUpdateDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.fund.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransFundUpdateResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransFundUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinFundUpdateDto` of `taobao.alitrip.axin.trans.fund.update`. */
export interface TaobaoAlitripAxinTransFundUpdateAxinFundUpdateDtoInput {
  /** 请求版本号，用于幂等校验 */
  req_version: string;
  /** 扩展属性 */
  attributes?: string;
  /** 状态 */
  status: Int64Input;
  /** 支付宝交易号 */
  alipay_order_id: string;
  /** 资金单ID */
  fund_id: Int64Input;
  /** 订单ID */
  outer_order_id?: string;
}

/** `Result` of `taobao.alitrip.axin.trans.fund.update`. */
export interface TaobaoAlitripAxinTransFundUpdateResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 提示信息 */
  info_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 成功数量 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  axin_fund_update_d_t_o: {
    req_version: 'String',
    attributes: 'String',
    status: 'Number',
    alipay_order_id: 'String',
    fund_id: 'Number',
    outer_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    need_retry: 'Boolean',
    info_msg: 'String',
    success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.fund.update`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransFundUpdateOperation = {
  method: 'taobao.alitrip.axin.trans.fund.update',
  responseRoot: 'alitrip_axin_trans_fund_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改资金单接口 — calls TOP method `taobao.alitrip.axin.trans.fund.update`.
 *
 * 阿信供销平台-修改资金单接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransFundUpdate(
  client: TopClient,
  request: TaobaoAlitripAxinTransFundUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransFundUpdateResponse> {
  return client.call<TaobaoAlitripAxinTransFundUpdateResponse>(
    {
      method: 'taobao.alitrip.axin.trans.fund.update',
      responseRoot: 'alitrip_axin_trans_fund_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

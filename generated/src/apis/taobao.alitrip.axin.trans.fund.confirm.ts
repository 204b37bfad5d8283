// Generated from specs/axintrade/taobao.alitrip.axin.trans.fund.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.fund.confirm` (确认资金单). */
export interface TaobaoAlitripAxinTransFundConfirmRequest {
  /** 外部订单编号 */
  outer_order_id: string;
}

/** Response of `taobao.alitrip.axin.trans.fund.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransFundConfirmResponse {
  /** 简单数据类型出参，用于测试top接入流程 */
  result?: TaobaoAlitripAxinTransFundConfirmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.alitrip.axin.trans.fund.confirm`. */
export interface TaobaoAlitripAxinTransFundConfirmResult {
  /** 接口出参 */
  data?: TaobaoAlitripAxinTransFundConfirmAxinFundConfirmResDto;
  /** 是否成功 */
  success?: boolean;
  /** 描述信息 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
}

/** `AxinFundConfirmResDto` of `taobao.alitrip.axin.trans.fund.confirm`. */
export interface TaobaoAlitripAxinTransFundConfirmAxinFundConfirmResDto {
  /** 外部订单号 */
  outer_order_id?: string;
  /** 结算金额 */
  settle_amount?: Int64;
}

const REQUEST_SCHEMA = {
  outer_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      outer_order_id: 'String',
      settle_amount: 'Number',
    },
    success: 'Boolean',
    info_msg: 'String',
    need_retry: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.fund.confirm`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransFundConfirmOperation = {
  method: 'taobao.alitrip.axin.trans.fund.confirm',
  responseRoot: 'alitrip_axin_trans_fund_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认资金单 — calls TOP method `taobao.alitrip.axin.trans.fund.confirm`.
 *
 * 通过外部订单号进行资金结算
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransFundConfirm(
  client: TopClient,
  request: TaobaoAlitripAxinTransFundConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransFundConfirmResponse> {
  return client.call<TaobaoAlitripAxinTransFundConfirmResponse>(
    {
      method: 'taobao.alitrip.axin.trans.fund.confirm',
      responseRoot: 'alitrip_axin_trans_fund_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

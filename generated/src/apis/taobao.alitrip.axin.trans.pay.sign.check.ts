// Generated from specs/axintrade/taobao.alitrip.axin.trans.pay.sign.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.pay.sign.check` (阿信支付宝验签服务). */
export interface TaobaoAlitripAxinTransPaySignCheckRequest {
  /** 验签对象 */
  axin_pay_check_sign_dto?: TaobaoAlitripAxinTransPaySignCheckAxinPayCheckSignDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.pay.sign.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransPaySignCheckResponse {
  /** 结果对象 */
  result?: TaobaoAlitripAxinTransPaySignCheckBaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinPayCheckSignDto` of `taobao.alitrip.axin.trans.pay.sign.check`. */
export interface TaobaoAlitripAxinTransPaySignCheckAxinPayCheckSignDtoInput {
  /** 业务场景 */
  biz_scene?: string;
  /** 验签数据 */
  data: string;
}

/** `BaseResultDto` of `taobao.alitrip.axin.trans.pay.sign.check`. */
export interface TaobaoAlitripAxinTransPaySignCheckBaseResultDto {
  /** 验签结果 */
  data?: boolean;
  /** 验签异常code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 提示信息 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  axin_pay_check_sign_dto: {
    biz_scene: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    info_msg: 'String',
    need_retry: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.pay.sign.check`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransPaySignCheckOperation = {
  method: 'taobao.alitrip.axin.trans.pay.sign.check',
  responseRoot: 'alitrip_axin_trans_pay_sign_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信支付宝验签服务 — calls TOP method `taobao.alitrip.axin.trans.pay.sign.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransPaySignCheck(
  client: TopClient,
  request: TaobaoAlitripAxinTransPaySignCheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransPaySignCheckResponse> {
  return client.call<TaobaoAlitripAxinTransPaySignCheckResponse>(
    {
      method: 'taobao.alitrip.axin.trans.pay.sign.check',
      responseRoot: 'alitrip_axin_trans_pay_sign_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

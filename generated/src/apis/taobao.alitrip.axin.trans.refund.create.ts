// Generated from specs/axintrade/taobao.alitrip.axin.trans.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.refund.create` (阿信创建退款单). */
export interface TaobaoAlitripAxinTransRefundCreateRequest {
  /** 阿信创建退款单入参 */
  axin_refund_create_d_t_o: TaobaoAlitripAxinTransRefundCreateAxinRefundCreateDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransRefundCreateResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransRefundCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinRefundCreateDto` of `taobao.alitrip.axin.trans.refund.create`. */
export interface TaobaoAlitripAxinTransRefundCreateAxinRefundCreateDtoInput {
  /** 扩展字段(k:v结构) */
  attributes?: string;
  /** 退款说明 */
  refund_explanation: string;
  /** 退款原因 */
  refund_reason: string;
  /** 退款金额 */
  refund_fee: Int64Input;
  /** 请求版本号，用于幂等校验 */
  req_version: string;
  /** 外部订单号 */
  outer_order_id: string;
}

/** `Result` of `taobao.alitrip.axin.trans.refund.create`. */
export interface TaobaoAlitripAxinTransRefundCreateResult {
  /** 返回素材id */
  data?: TaobaoAlitripAxinTransRefundCreateAxinRefundCreateResDto;
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
}

/** `AxinRefundCreateResDto` of `taobao.alitrip.axin.trans.refund.create`. */
export interface TaobaoAlitripAxinTransRefundCreateAxinRefundCreateResDto {
  /** 实退金额 */
  actual_fee?: Int64;
  /** 退款金额 */
  refund_fee?: Int64;
  /** 请求版本号，用于幂等校验 */
  req_version?: string;
  /** 外部订单号 */
  outer_order_id?: string;
}

const REQUEST_SCHEMA = {
  axin_refund_create_d_t_o: {
    attributes: 'String',
    refund_explanation: 'String',
    refund_reason: 'String',
    refund_fee: 'Number',
    req_version: 'String',
    outer_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      actual_fee: 'Number',
      refund_fee: 'Number',
      req_version: 'String',
      outer_order_id: 'String',
    },
    error_msg: 'String',
    error_code: 'String',
    need_retry: 'Boolean',
    info_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.refund.create`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransRefundCreateOperation = {
  method: 'taobao.alitrip.axin.trans.refund.create',
  responseRoot: 'alitrip_axin_trans_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信创建退款单 — calls TOP method `taobao.alitrip.axin.trans.refund.create`.
 *
 * 阿信供销平台-创建退款单服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransRefundCreate(
  client: TopClient,
  request: TaobaoAlitripAxinTransRefundCreateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransRefundCreateResponse> {
  return client.call<TaobaoAlitripAxinTransRefundCreateResponse>(
    {
      method: 'taobao.alitrip.axin.trans.refund.create',
      responseRoot: 'alitrip_axin_trans_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

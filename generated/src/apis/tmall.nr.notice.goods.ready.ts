// Generated from specs/tmallnr/tmall.nr.notice.goods.ready.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.notice.goods.ready` (同步天猫配送人员信息). */
export interface TmallNrNoticeGoodsReadyRequest {
  /** 入参 */
  param0?: TmallNrNoticeGoodsReadyNrZqsGoodsReadyReqDtoInput;
}

/** Response of `tmall.nr.notice.goods.ready`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrNoticeGoodsReadyResponse {
  /** resultData */
  result_data?: boolean;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code2?: string;
  /** isSuccess */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrZqsGoodsReadyReqDto` of `tmall.nr.notice.goods.ready`. */
export interface TmallNrNoticeGoodsReadyNrZqsGoodsReadyReqDtoInput {
  /** 配送人员姓名 */
  performer_name?: string;
  /** 配送人员电话号码 */
  performer_phone?: string;
  /** 卖家的sellerId */
  seller_id?: Int64Input;
  /** 可选参数，编码 */
  trace_id?: string;
  /** 提货码 */
  outer_got_code?: string;
  /** 经销商的姓名 */
  dealer_name?: string;
  /** 淘宝交易订单号 */
  biz_order_id?: Int64Input;
  /** 经销商的电话 */
  dealer_phone?: string;
  /** 业务标识dds，zqs等 */
  biz_identity?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    performer_name: 'String',
    performer_phone: 'String',
    seller_id: 'Number',
    trace_id: 'String',
    outer_got_code: 'String',
    dealer_name: 'String',
    biz_order_id: 'Number',
    dealer_phone: 'String',
    biz_identity: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_data: 'Boolean',
  error_message: 'String',
  error_code2: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.notice.goods.ready`: method, response root, request and response schemas. */
export const tmallNrNoticeGoodsReadyOperation = {
  method: 'tmall.nr.notice.goods.ready',
  responseRoot: 'tmall_nr_notice_goods_ready_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步天猫配送人员信息 — calls TOP method `tmall.nr.notice.goods.ready`.
 *
 * 接收商家的配送人员信息，和第三公司信息及提货码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrNoticeGoodsReady(
  client: TopClient,
  request: TmallNrNoticeGoodsReadyRequest = {},
  options?: CallOptions,
): Promise<TmallNrNoticeGoodsReadyResponse> {
  return client.call<TmallNrNoticeGoodsReadyResponse>(
    {
      method: 'tmall.nr.notice.goods.ready',
      responseRoot: 'tmall_nr_notice_goods_ready_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

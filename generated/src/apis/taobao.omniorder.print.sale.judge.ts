// Generated from specs/omniorder/taobao.omniorder.print.sale.judge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.print.sale.judge` (导购员判断). */
export interface TaobaoOmniorderPrintSaleJudgeRequest {
  /** 用户子账号ID */
  sub_uid?: Int64Input;
}

/** Response of `taobao.omniorder.print.sale.judge`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderPrintSaleJudgeResponse {
  /** data */
  data?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sub_uid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.print.sale.judge`: method, response root, request and response schemas. */
export const taobaoOmniorderPrintSaleJudgeOperation = {
  method: 'taobao.omniorder.print.sale.judge',
  responseRoot: 'omniorder_print_sale_judge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导购员判断 — calls TOP method `taobao.omniorder.print.sale.judge`.
 *
 * 用于判断当前子账号是否导购员
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderPrintSaleJudge(
  client: TopClient,
  request: TaobaoOmniorderPrintSaleJudgeRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniorderPrintSaleJudgeResponse> {
  return client.call<TaobaoOmniorderPrintSaleJudgeResponse>(
    {
      method: 'taobao.omniorder.print.sale.judge',
      responseRoot: 'omniorder_print_sale_judge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

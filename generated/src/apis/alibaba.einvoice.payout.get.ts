// Generated from specs/einvoice/alibaba.einvoice.payout.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.payout.get` (获取赔付计时列表数据). */
export interface AlibabaEinvoicePayoutGetRequest {
  /** 当前页码 */
  page_no: Int64Input;
  /** 每页大小，最大50 */
  page_size: Int64Input;
}

/** Response of `alibaba.einvoice.payout.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoicePayoutGetResponse {
  /** 结果 */
  result?: AlibabaEinvoicePayoutGetOrderRightsResult;
  /** 查询结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderRightsResult` of `alibaba.einvoice.payout.get`. */
export interface AlibabaEinvoicePayoutGetOrderRightsResult {
  /** 赔付列表总数，超过系统最大展示数量是以200+的格式返回， */
  total_count?: string;
  /** 赔付列表 */
  payout_list?: AlibabaEinvoicePayoutGetOrderRightsInfo[];
}

/** `OrderRightsInfo` of `alibaba.einvoice.payout.get`. */
export interface AlibabaEinvoicePayoutGetOrderRightsInfo {
  /** 订单号 */
  tid?: string;
  /** 订单应开票时间 */
  except_invoice_time?: string;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'String',
    payout_list: [
      {
        tid: 'String',
        except_invoice_time: 'String',
      },
    ],
  },
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.payout.get`: method, response root, request and response schemas. */
export const alibabaEinvoicePayoutGetOperation = {
  method: 'alibaba.einvoice.payout.get',
  responseRoot: 'alibaba_einvoice_payout_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取赔付计时列表数据 — calls TOP method `alibaba.einvoice.payout.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoicePayoutGet(
  client: TopClient,
  request: AlibabaEinvoicePayoutGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoicePayoutGetResponse> {
  return client.call<AlibabaEinvoicePayoutGetResponse>(
    {
      method: 'alibaba.einvoice.payout.get',
      responseRoot: 'alibaba_einvoice_payout_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

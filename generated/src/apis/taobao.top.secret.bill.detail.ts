// Generated from specs/tbtrade/taobao.top.secret.bill.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.secret.bill.detail` (服务商的商家解密账单详情查询). */
export interface TaobaoTopSecretBillDetailRequest {
  /** 卖家账单查询 */
  seller_bill_query_request?: TaobaoTopSecretBillDetailSellerBillQueryRequestInput;
}

/** Response of `taobao.top.secret.bill.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopSecretBillDetailResponse {
  /** 账单明细 */
  data?: TaobaoTopSecretBillDetailBillDetailInfo[];
  /** 账单总个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerBillQueryRequest` of `taobao.top.secret.bill.detail`. */
export interface TaobaoTopSecretBillDetailSellerBillQueryRequestInput {
  /** 页号，从1开始 */
  page_no: Int64Input;
  /** 页大小，不得超过1000 */
  page_size: Int64Input;
  /** 账单时间 */
  biz_date: DateInput;
}

/** `BillDetailInfo` of `taobao.top.secret.bill.detail`. */
export interface TaobaoTopSecretBillDetailBillDetailInfo {
  /** 虚拟号 */
  secret_no?: string;
  /** 账单开始时间 */
  start?: string;
  /** 账单结束时间 */
  end?: string;
  /** 0-号租费，1-通话费 */
  bill_item?: Int64;
  /** 账单持续时间，号租费时单位为天，通话费单位为分钟 */
  bill_duration?: Int64;
  /** 账单计费 */
  cost?: string;
  /** 订单号 */
  order_id?: Int64;
}

const REQUEST_SCHEMA = {
  seller_bill_query_request: {
    page_no: 'Number',
    page_size: 'Number',
    biz_date: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      secret_no: 'String',
      start: 'Date',
      end: 'Date',
      bill_item: 'Number',
      bill_duration: 'Number',
      cost: 'String',
      order_id: 'Number',
    },
  ],
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.secret.bill.detail`: method, response root, request and response schemas. */
export const taobaoTopSecretBillDetailOperation = {
  method: 'taobao.top.secret.bill.detail',
  responseRoot: 'top_secret_bill_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商的商家解密账单详情查询 — calls TOP method `taobao.top.secret.bill.detail`.
 *
 * 服务商的商家解密账单详情查询，仅对90天内的账单提供SLA保障。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopSecretBillDetail(
  client: TopClient,
  request: TaobaoTopSecretBillDetailRequest = {},
  options?: CallOptions,
): Promise<TaobaoTopSecretBillDetailResponse> {
  return client.call<TaobaoTopSecretBillDetailResponse>(
    {
      method: 'taobao.top.secret.bill.detail',
      responseRoot: 'top_secret_bill_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

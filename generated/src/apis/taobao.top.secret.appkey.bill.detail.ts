// Generated from specs/tbtrade/taobao.top.secret.appkey.bill.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.secret.appkey.bill.detail` (服务商解密账单查询). */
export interface TaobaoTopSecretAppkeyBillDetailRequest {
  /** 卖家账单查询 */
  app_bill_query_request?: TaobaoTopSecretAppkeyBillDetailAppBillQueryRequestInput;
}

/** Response of `taobao.top.secret.appkey.bill.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopSecretAppkeyBillDetailResponse {
  /** 账单明细 */
  data?: TaobaoTopSecretAppkeyBillDetailBillDetailInfo[];
  /** 账单总个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppBillQueryRequest` of `taobao.top.secret.appkey.bill.detail`. */
export interface TaobaoTopSecretAppkeyBillDetailAppBillQueryRequestInput {
  /** 页号，从1开始 */
  page_no: Int64Input;
  /** 页大小，不得超过1000 */
  page_size: Int64Input;
  /** 账单时间 */
  biz_date: DateInput;
}

/** `BillDetailInfo` of `taobao.top.secret.appkey.bill.detail`. */
export interface TaobaoTopSecretAppkeyBillDetailBillDetailInfo {
  /** 0-号租费，1-通话费 */
  bill_item?: Int64;
  /** 账单持续时间，号租费时单位为天，通话费单位为分钟 */
  bill_duration?: Int64;
  /** 店铺名称 */
  shop_nick?: string;
  /** 账单计费 */
  cost?: string;
  /** 已弃用,查询账单详情请使用taobao.top.secret.bill.detail接口。 */
  secret_no?: string;
  /** 已弃用,查询账单详情请使用taobao.top.secret.bill.detail接口。 */
  start?: string;
  /** 已弃用,查询账单详情请使用taobao.top.secret.bill.detail接口。 */
  end?: string;
  /** 商家昵称 */
  seller_nick?: string;
}

const REQUEST_SCHEMA = {
  app_bill_query_request: {
    page_no: 'Number',
    page_size: 'Number',
    biz_date: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      bill_item: 'Number',
      bill_duration: 'Number',
      shop_nick: 'String',
      cost: 'String',
      secret_no: 'String',
      start: 'Date',
      end: 'Date',
      seller_nick: 'String',
    },
  ],
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.secret.appkey.bill.detail`: method, response root, request and response schemas. */
export const taobaoTopSecretAppkeyBillDetailOperation = {
  method: 'taobao.top.secret.appkey.bill.detail',
  responseRoot: 'top_secret_appkey_bill_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商解密账单查询 — calls TOP method `taobao.top.secret.appkey.bill.detail`.
 *
 * 服务商解密账单查询,分页返回所有店铺的账单，每个店铺每天仅包含两条数据，当天产生的号租费 和 当天产生的通话费，仅对90天内的账单提供SLA保障。查询账单详情请使用taobao.top.secret.bill.detail接口。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopSecretAppkeyBillDetail(
  client: TopClient,
  request: TaobaoTopSecretAppkeyBillDetailRequest = {},
  options?: CallOptions,
): Promise<TaobaoTopSecretAppkeyBillDetailResponse> {
  return client.call<TaobaoTopSecretAppkeyBillDetailResponse>(
    {
      method: 'taobao.top.secret.appkey.bill.detail',
      responseRoot: 'top_secret_appkey_bill_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

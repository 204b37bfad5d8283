// Generated from specs/wdk/alibaba.wdk.wholesale.order.commit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.wholesale.order.commit` (盒马帮采购确认订单接口). */
export interface AlibabaWdkWholesaleOrderCommitRequest {
  /** 采购单信息 */
  order_commit_req: AlibabaWdkWholesaleOrderCommitOrderCommitReqInput;
}

/** Response of `alibaba.wdk.wholesale.order.commit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkWholesaleOrderCommitResponse {
  /** result */
  result?: AlibabaWdkWholesaleOrderCommitApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCommitReq` of `alibaba.wdk.wholesale.order.commit`. */
export interface AlibabaWdkWholesaleOrderCommitOrderCommitReqInput {
  /** 商品列表 */
  item_confirm_infos: AlibabaWdkWholesaleOrderCommitItemConfirmInfoInput[];
  /** 订单号 */
  external_order_no: string;
  /** 商家编码 */
  merchant_code: string;
}

/** `ItemConfirmInfo` of `alibaba.wdk.wholesale.order.commit`. */
export interface AlibabaWdkWholesaleOrderCommitItemConfirmInfoInput {
  /** 确认数量(为正数或零) */
  confirm_quantity: string;
  /** 商品编码 */
  sku_code: string;
}

/** `ApiResult` of `alibaba.wdk.wholesale.order.commit`. */
export interface AlibabaWdkWholesaleOrderCommitApiResult {
  /** 是否成功 */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  order_commit_req: {
    item_confirm_infos: [
      {
        confirm_quantity: 'String',
        sku_code: 'String',
      },
    ],
    external_order_no: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.wholesale.order.commit`: method, response root, request and response schemas. */
export const alibabaWdkWholesaleOrderCommitOperation = {
  method: 'alibaba.wdk.wholesale.order.commit',
  responseRoot: 'alibaba_wdk_wholesale_order_commit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 盒马帮采购确认订单接口 — calls TOP method `alibaba.wdk.wholesale.order.commit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkWholesaleOrderCommit(
  client: TopClient,
  request: AlibabaWdkWholesaleOrderCommitRequest,
  options?: CallOptions,
): Promise<AlibabaWdkWholesaleOrderCommitResponse> {
  return client.call<AlibabaWdkWholesaleOrderCommitResponse>(
    {
      method: 'alibaba.wdk.wholesale.order.commit',
      responseRoot: 'alibaba_wdk_wholesale_order_commit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealth2/alibaba.alihealth.dental.item.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.item.list` (ISV获取口腔标品列表). */
export interface AlibabaAlihealthDentalItemListRequest {
  /** 是否需要测试商品 */
  need_test_item?: boolean;
}

/** Response of `alibaba.alihealth.dental.item.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalItemListResponse {
  /** result */
  result?: AlibabaAlihealthDentalItemListMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.alihealth.dental.item.list`. */
export interface AlibabaAlihealthDentalItemListMtopResult {
  /** model */
  goods?: AlibabaAlihealthDentalItemListNormalGoodsVo[];
  /** 200 */
  msg_code?: string;
  /** 成功 */
  msg_info?: string;
  /** true */
  success?: boolean;
}

/** `NormalGoodsVo` of `alibaba.alihealth.dental.item.list`. */
export interface AlibabaAlihealthDentalItemListNormalGoodsVo {
  /** 标品ID */
  item_id?: Int64;
  /** 标品名称 */
  item_name?: string;
  /** 成本价，单位元 */
  cost_price?: string;
  /** 售价，单位元 */
  sold_price?: string;
}

const REQUEST_SCHEMA = {
  need_test_item: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    goods: [
      {
        item_id: 'Number',
        item_name: 'String',
        cost_price: 'String',
        sold_price: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.item.list`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalItemListOperation = {
  method: 'alibaba.alihealth.dental.item.list',
  responseRoot: 'alibaba_alihealth_dental_item_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV获取口腔标品列表 — calls TOP method `alibaba.alihealth.dental.item.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalItemList(
  client: TopClient,
  request: AlibabaAlihealthDentalItemListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalItemListResponse> {
  return client.call<AlibabaAlihealthDentalItemListResponse>(
    {
      method: 'alibaba.alihealth.dental.item.list',
      responseRoot: 'alibaba_alihealth_dental_item_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.existinghome.rent.trade.bind.item.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.rent.trade.bind.item` (交易绑定商品). */
export interface AlibabaAlihouseExistinghomeRentTradeBindItemRequest {
  /** 交易商品实体类 */
  sync_house_trade_item_dto: AlibabaAlihouseExistinghomeRentTradeBindItemSyncHouseTradeItemDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.rent.trade.bind.item`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeRentTradeBindItemResponse {
  /** 返回值对象 */
  result?: AlibabaAlihouseExistinghomeRentTradeBindItemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncHouseTradeItemDTO` of `alibaba.alihouse.existinghome.rent.trade.bind.item`. */
export interface AlibabaAlihouseExistinghomeRentTradeBindItemSyncHouseTradeItemDTOInput {
  /** 1 */
  community_outer_id?: string;
  /** 1 */
  outer_id?: string;
  /** 1 */
  business_type?: Int64Input;
  /** 1 */
  bill_pay_item_id: Int64Input;
  /** 1 */
  merchant_open_id?: Int64Input;
  /** 1 */
  outer_store_id?: string;
  /** 1 */
  relation_item_biz_type: Int64Input;
  /** 是否需要异步 */
  is_async?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.rent.trade.bind.item`. */
export interface AlibabaAlihouseExistinghomeRentTradeBindItemResult {
  /** 1 */
  code?: string;
  /** 1 */
  message?: string;
  /** 1 */
  is_success?: boolean;
  /** 1 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  sync_house_trade_item_dto: {
    community_outer_id: 'String',
    outer_id: 'String',
    business_type: 'Number',
    bill_pay_item_id: 'Number',
    merchant_open_id: 'Number',
    outer_store_id: 'String',
    relation_item_biz_type: 'Number',
    is_async: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.rent.trade.bind.item`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeRentTradeBindItemOperation = {
  method: 'alibaba.alihouse.existinghome.rent.trade.bind.item',
  responseRoot: 'alibaba_alihouse_existinghome_rent_trade_bind_item_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易绑定商品 — calls TOP method `alibaba.alihouse.existinghome.rent.trade.bind.item`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeRentTradeBindItem(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeRentTradeBindItemRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeRentTradeBindItemResponse> {
  return client.call<AlibabaAlihouseExistinghomeRentTradeBindItemResponse>(
    {
      method: 'alibaba.alihouse.existinghome.rent.trade.bind.item',
      responseRoot: 'alibaba_alihouse_existinghome_rent_trade_bind_item_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

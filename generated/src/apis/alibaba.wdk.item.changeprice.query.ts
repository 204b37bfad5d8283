// Generated from specs/wdk/alibaba.wdk.item.changeprice.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.changeprice.query` (按照价格变更时间段，查询会变更价格的单据的商品). */
export interface AlibabaWdkItemChangepriceQueryRequest {
  /** 开始时间 */
  start_time: DateInput;
  /** 结束时间，结束时间-开始时间不能超过48小时 */
  end_time: DateInput;
  /** 渠道店id */
  shop_id: string;
  /** 变价的类型 * 查询变价的单据专用 */
  type: string;
}

/** Response of `alibaba.wdk.item.changeprice.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemChangepriceQueryResponse {
  /** 接口返回model */
  result?: AlibabaWdkItemChangepriceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.changeprice.query`. */
export interface AlibabaWdkItemChangepriceQueryResult {
  /** 结果码 */
  return_code?: string;
  /** 结果文案 */
  return_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回的商品改价单 */
  models?: string[];
}

const REQUEST_SCHEMA = {
  start_time: 'Date',
  end_time: 'Date',
  shop_id: 'String',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    models: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.changeprice.query`: method, response root, request and response schemas. */
export const alibabaWdkItemChangepriceQueryOperation = {
  method: 'alibaba.wdk.item.changeprice.query',
  responseRoot: 'alibaba_wdk_item_changeprice_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按照价格变更时间段，查询会变更价格的单据的商品 — calls TOP method `alibaba.wdk.item.changeprice.query`.
 *
 * /**
 * * 按照价格变更时间段，查询会变更价格的单据的商品
 * * 传入QueryPriceChangeTypeEnum.BASE_PRICE,返回变价时间在startTime-endTime之间的所有单据
 * * 传入QueryPriceChangeTypeEnum.SKU_PROMOTION_START,
 * * 返回活动开始时间在 startTime<=活动开始时间<endTime 之间的所有单品促销单据
 * * 传入QueryPriceChangeTypeEnum.SKU_PROMOTION_END,
 * * 返回活动结束时间在 startTime<=活动结束时间<endTime 之间的所有单品促销单据
 * *\/
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemChangepriceQuery(
  client: TopClient,
  request: AlibabaWdkItemChangepriceQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemChangepriceQueryResponse> {
  return client.call<AlibabaWdkItemChangepriceQueryResponse>(
    {
      method: 'alibaba.wdk.item.changeprice.query',
      responseRoot: 'alibaba_wdk_item_changeprice_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

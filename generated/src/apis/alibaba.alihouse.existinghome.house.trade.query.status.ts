// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.trade.query.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.trade.query.status` (查询房源状态接口). */
export interface AlibabaAlihouseExistinghomeHouseTradeQueryStatusRequest {
  /** 外部小区id */
  community_outer_id: string;
  /** 外部房源ID */
  outer_id: string;
}

/** Response of `alibaba.alihouse.existinghome.house.trade.query.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseTradeQueryStatusResponse {
  /** 返回接口对象 */
  result?: AlibabaAlihouseExistinghomeHouseTradeQueryStatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.trade.query.status`. */
export interface AlibabaAlihouseExistinghomeHouseTradeQueryStatusResult {
  /** code */
  code?: string;
  /** 失败成功信息 */
  message?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回结果对象 */
  data?: AlibabaAlihouseExistinghomeHouseTradeQueryStatusSyncHouseStatusDTO;
}

/** `SyncHouseStatusDTO` of `alibaba.alihouse.existinghome.house.trade.query.status`. */
export interface AlibabaAlihouseExistinghomeHouseTradeQueryStatusSyncHouseStatusDTO {
  /** 委托商品id */
  entrust_item_id?: Int64;
  /** 外部小区id */
  community_outer_id?: string;
  /** 外部房源id */
  outer_id?: string;
  /** 上下架状态 */
  online_status?: Int64;
  /** 更新时间 */
  update_time?: string;
  /** 1 */
  merchant_open_id?: Int64;
  /** 1 */
  bill_pay_item_id?: Int64;
}

const REQUEST_SCHEMA = {
  community_outer_id: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: {
      entrust_item_id: 'Number',
      community_outer_id: 'String',
      outer_id: 'String',
      online_status: 'Number',
      update_time: 'String',
      merchant_open_id: 'Number',
      bill_pay_item_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.trade.query.status`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseTradeQueryStatusOperation = {
  method: 'alibaba.alihouse.existinghome.house.trade.query.status',
  responseRoot: 'alibaba_alihouse_existinghome_house_trade_query_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询房源状态接口 — calls TOP method `alibaba.alihouse.existinghome.house.trade.query.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseTradeQueryStatus(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseTradeQueryStatusRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseTradeQueryStatusResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseTradeQueryStatusResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.trade.query.status',
      responseRoot: 'alibaba_alihouse_existinghome_house_trade_query_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

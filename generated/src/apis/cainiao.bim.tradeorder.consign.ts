// Generated from specs/wms/cainiao.bim.tradeorder.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.bim.tradeorder.consign` (驱动保税交易订单发货). */
export interface CainiaoBimTradeorderConsignRequest {
  /** 交易单号 */
  trade_id: string;
  /** 仓储编码，ERP指定仓库发货时需要传值，编码由菜鸟提供 */
  store_code?: string;
  /** 选择的线路ID非必填字段 */
  res_id?: string;
}

/** Response of `cainiao.bim.tradeorder.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoBimTradeorderConsignResponse {
  /** 菜鸟仓库作业单据号 */
  store_order_code?: string;
  /** 菜鸟物流订单号,格式为LP开头 */
  lg_order_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_id: 'String',
  store_code: 'String',
  res_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_order_code: 'String',
  lg_order_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.bim.tradeorder.consign`: method, response root, request and response schemas. */
export const cainiaoBimTradeorderConsignOperation = {
  method: 'cainiao.bim.tradeorder.consign',
  responseRoot: 'cainiao_bim_tradeorder_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 驱动保税交易订单发货 — calls TOP method `cainiao.bim.tradeorder.consign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoBimTradeorderConsign(
  client: TopClient,
  request: CainiaoBimTradeorderConsignRequest,
  options?: CallOptions,
): Promise<CainiaoBimTradeorderConsignResponse> {
  return client.call<CainiaoBimTradeorderConsignResponse>(
    {
      method: 'cainiao.bim.tradeorder.consign',
      responseRoot: 'cainiao_bim_tradeorder_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

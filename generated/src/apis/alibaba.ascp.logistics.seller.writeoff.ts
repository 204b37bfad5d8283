// Generated from specs/tblogistics/alibaba.ascp.logistics.seller.writeoff.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.seller.writeoff` (商家配送核销). */
export interface AlibabaAscpLogisticsSellerWriteoffRequest {
  /** 所要核销的核销物流单ID，在alibaba.ascp.logistics.seller.orders.get中获取。 */
  lp_order_id: Int64Input;
  /** 核销码 */
  receive_code: string;
}

/** Response of `alibaba.ascp.logistics.seller.writeoff`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsSellerWriteoffResponse {
  /** 操作结果 */
  result?: AlibabaAscpLogisticsSellerWriteoffResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `alibaba.ascp.logistics.seller.writeoff`. */
export interface AlibabaAscpLogisticsSellerWriteoffResultDTO {
  /** 是否核销成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  lp_order_id: 'Number',
  receive_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.seller.writeoff`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsSellerWriteoffOperation = {
  method: 'alibaba.ascp.logistics.seller.writeoff',
  responseRoot: 'alibaba_ascp_logistics_seller_writeoff_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家配送核销 — calls TOP method `alibaba.ascp.logistics.seller.writeoff`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsSellerWriteoff(
  client: TopClient,
  request: AlibabaAscpLogisticsSellerWriteoffRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsSellerWriteoffResponse> {
  return client.call<AlibabaAscpLogisticsSellerWriteoffResponse>(
    {
      method: 'alibaba.ascp.logistics.seller.writeoff',
      responseRoot: 'alibaba_ascp_logistics_seller_writeoff_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

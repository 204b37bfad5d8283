// Generated from specs/ascpchannel/alibaba.ascp.channel.sales.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.sales.order.confirm` (渠道销售单确认收货). */
export interface AlibabaAscpChannelSalesOrderConfirmRequest {
  /** 请求参数 */
  confirm_order_request?: AlibabaAscpChannelSalesOrderConfirmExternalConfirmSalesOrderRequestInput;
}

/** Response of `alibaba.ascp.channel.sales.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSalesOrderConfirmResponse {
  /** 返回值包装 */
  confirm_order_response?: AlibabaAscpChannelSalesOrderConfirmResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalConfirmSalesOrderRequest` of `alibaba.ascp.channel.sales.order.confirm`. */
export interface AlibabaAscpChannelSalesOrderConfirmExternalConfirmSalesOrderRequestInput {
  /** 渠道主单号 */
  sale_order_no: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.sales.order.confirm`. */
export interface AlibabaAscpChannelSalesOrderConfirmResultWrapper {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  confirm_order_request: {
    sale_order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  confirm_order_response: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.sales.order.confirm`: method, response root, request and response schemas. */
export const alibabaAscpChannelSalesOrderConfirmOperation = {
  method: 'alibaba.ascp.channel.sales.order.confirm',
  responseRoot: 'alibaba_ascp_channel_sales_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道销售单确认收货 — calls TOP method `alibaba.ascp.channel.sales.order.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSalesOrderConfirm(
  client: TopClient,
  request: AlibabaAscpChannelSalesOrderConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelSalesOrderConfirmResponse> {
  return client.call<AlibabaAscpChannelSalesOrderConfirmResponse>(
    {
      method: 'alibaba.ascp.channel.sales.order.confirm',
      responseRoot: 'alibaba_ascp_channel_sales_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

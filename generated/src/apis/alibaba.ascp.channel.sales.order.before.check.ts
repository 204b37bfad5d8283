// Generated from specs/ascpchannel/alibaba.ascp.channel.sales.order.before.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.sales.order.before.check` (供应链外部订单创建前校验接口). */
export interface AlibabaAscpChannelSalesOrderBeforeCheckRequest {
  /** 请求参数 */
  order_check_request: AlibabaAscpChannelSalesOrderBeforeCheckExtOrderCheckRequestInput;
}

/** Response of `alibaba.ascp.channel.sales.order.before.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSalesOrderBeforeCheckResponse {
  /** 返回值包装,result为返回具体消息内容 */
  order_check_response?: AlibabaAscpChannelSalesOrderBeforeCheckResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExtOrderCheckRequest` of `alibaba.ascp.channel.sales.order.before.check`. */
export interface AlibabaAscpChannelSalesOrderBeforeCheckExtOrderCheckRequestInput {
  /** 外部订单号 */
  out_order_no?: string;
  /** 子订单列表 */
  out_sub_orders: AlibabaAscpChannelSalesOrderBeforeCheckExtSubOrderCheckRequestInput[];
  /** 收货人信息 */
  receiver: AlibabaAscpChannelSalesOrderBeforeCheckExtOrderReceiverRequestInput;
}

/** `ExtSubOrderCheckRequest` of `alibaba.ascp.channel.sales.order.before.check`. */
export interface AlibabaAscpChannelSalesOrderBeforeCheckExtSubOrderCheckRequestInput {
  /** 购买数量 */
  quantity: Int64Input;
  /** 产品id */
  product_id: string;
  /** 外部子订单号 */
  out_sub_order_no?: string;
}

/** `ExtOrderReceiverRequest` of `alibaba.ascp.channel.sales.order.before.check`. */
export interface AlibabaAscpChannelSalesOrderBeforeCheckExtOrderReceiverRequestInput {
  /** 地址编码 */
  division_id: Int64Input;
  /** 收货人名称 */
  contact_name?: string;
  /** 收货人地址 */
  detail_address?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.sales.order.before.check`. */
export interface AlibabaAscpChannelSalesOrderBeforeCheckResultWrapper {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  order_check_request: {
    out_order_no: 'String',
    out_sub_orders: [
      {
        quantity: 'Number',
        product_id: 'String',
        out_sub_order_no: 'String',
      },
    ],
    receiver: {
      division_id: 'Number',
      contact_name: 'String',
      detail_address: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_check_response: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.sales.order.before.check`: method, response root, request and response schemas. */
export const alibabaAscpChannelSalesOrderBeforeCheckOperation = {
  method: 'alibaba.ascp.channel.sales.order.before.check',
  responseRoot: 'alibaba_ascp_channel_sales_order_before_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链外部订单创建前校验接口 — calls TOP method `alibaba.ascp.channel.sales.order.before.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSalesOrderBeforeCheck(
  client: TopClient,
  request: AlibabaAscpChannelSalesOrderBeforeCheckRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelSalesOrderBeforeCheckResponse> {
  return client.call<AlibabaAscpChannelSalesOrderBeforeCheckResponse>(
    {
      method: 'alibaba.ascp.channel.sales.order.before.check',
      responseRoot: 'alibaba_ascp_channel_sales_order_before_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

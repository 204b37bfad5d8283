// Generated from specs/ascpchannel/alibaba.ascp.channel.sub.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.sub.refund.create` (淘外分销逆向创单（子单退）). */
export interface AlibabaAscpChannelSubRefundCreateRequest {
  /** 子单退款创建请求 */
  sub_refund_create_req: AlibabaAscpChannelSubRefundCreateExternalCreateRefundOrderDetailRequestInput;
}

/** Response of `alibaba.ascp.channel.sub.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSubRefundCreateResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpChannelSubRefundCreateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalCreateRefundOrderDetailRequest` of `alibaba.ascp.channel.sub.refund.create`. */
export interface AlibabaAscpChannelSubRefundCreateExternalCreateRefundOrderDetailRequestInput {
  /** 币种 */
  currency_type: string;
  /** 子销售单号 */
  sub_sale_order_no: string;
  /** 退款金额 */
  refund_fee?: Int64Input;
  /** 退款类型 */
  refund_type: Int64Input;
  /** 销售订单号 */
  sale_order_no: string;
  /** 外部退款单号 */
  out_refund_no?: string;
  /** 备注 */
  remark?: string;
  /** 退货数量 */
  refund_quantity?: Int64Input;
  /** 外部子订单号 */
  out_sub_order_no?: string;
  /** 外部订单号 */
  out_order_no: string;
  /** 退款举证图片列表 */
  proof_pic_urls?: string[];
  /** 退款原因 */
  refund_reason?: string;
}

/** `ResultDto` of `alibaba.ascp.channel.sub.refund.create`. */
export interface AlibabaAscpChannelSubRefundCreateResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 返回主体 */
  data?: AlibabaAscpChannelSubRefundCreateData;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `Data` of `alibaba.ascp.channel.sub.refund.create`. */
export interface AlibabaAscpChannelSubRefundCreateData {
  /** 退款金额 */
  refund_fee?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 产品id */
  product_id?: Int64;
  /** 外部退款单号 */
  out_refund_no?: string;
  /** 供应链渠道退款单号 */
  refund_no?: string;
  /** 外部子订单号 */
  out_sub_order_no?: string;
  /** 子订单号 */
  sub_sale_order_no?: string;
  /** 供应链渠道订单号 */
  sale_order_no?: string;
}

const REQUEST_SCHEMA = {
  sub_refund_create_req: {
    currency_type: 'String',
    sub_sale_order_no: 'String',
    refund_fee: 'Number',
    refund_type: 'Number',
    sale_order_no: 'String',
    out_refund_no: 'String',
    remark: 'String',
    refund_quantity: 'Number',
    out_sub_order_no: 'String',
    out_order_no: 'String',
    proof_pic_urls: ['String'],
    refund_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      refund_fee: 'Number',
      sku_id: 'Number',
      product_id: 'Number',
      out_refund_no: 'String',
      refund_no: 'String',
      out_sub_order_no: 'String',
      sub_sale_order_no: 'String',
      sale_order_no: 'String',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.sub.refund.create`: method, response root, request and response schemas. */
export const alibabaAscpChannelSubRefundCreateOperation = {
  method: 'alibaba.ascp.channel.sub.refund.create',
  responseRoot: 'alibaba_ascp_channel_sub_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘外分销逆向创单（子单退） — calls TOP method `alibaba.ascp.channel.sub.refund.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSubRefundCreate(
  client: TopClient,
  request: AlibabaAscpChannelSubRefundCreateRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelSubRefundCreateResponse> {
  return client.call<AlibabaAscpChannelSubRefundCreateResponse>(
    {
      method: 'alibaba.ascp.channel.sub.refund.create',
      responseRoot: 'alibaba_ascp_channel_sub_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

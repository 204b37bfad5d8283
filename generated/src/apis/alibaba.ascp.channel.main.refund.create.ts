// Generated from specs/ascpchannel/alibaba.ascp.channel.main.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.main.refund.create` (淘外分销逆向创单（未发货整单退）). */
export interface AlibabaAscpChannelMainRefundCreateRequest {
  /** 逆向单创建请求 */
  refund_create_request?: AlibabaAscpChannelMainRefundCreateExternalCreateRefundOrderRequestInput;
}

/** Response of `alibaba.ascp.channel.main.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelMainRefundCreateResponse {
  /** 返回值包装,result为返回具体消息内容 */
  result?: AlibabaAscpChannelMainRefundCreateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalCreateRefundOrderRequest` of `alibaba.ascp.channel.main.refund.create`. */
export interface AlibabaAscpChannelMainRefundCreateExternalCreateRefundOrderRequestInput {
  /** 币种 */
  currency_type?: string;
  /** 销售订单号 */
  sale_order_no: string;
  /** 外部退款单号 */
  out_refund_no?: string;
  /** 备注 */
  remark?: string;
  /** 外部订单号 */
  out_order_no: string;
  /** 退款原因 */
  refund_reason?: string;
  /** 退款举证图片列表 */
  proof_pic_urls?: string[];
}

/** `ResultWrapper` of `alibaba.ascp.channel.main.refund.create`. */
export interface AlibabaAscpChannelMainRefundCreateResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 返回内容 */
  data_list?: AlibabaAscpChannelMainRefundCreateData[];
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `Data` of `alibaba.ascp.channel.main.refund.create`. */
export interface AlibabaAscpChannelMainRefundCreateData {
  /** skuId */
  sku_id?: Int64;
  /** 产品id */
  product_id?: Int64;
  /** 外部退款单 */
  out_refund_no?: string;
  /** 退款单 */
  refund_no?: string;
  /** 外部子订单 */
  out_sub_order_no?: string;
  /** 子订单 */
  sub_sale_order_no?: string;
  /** 订单 */
  sale_order_no?: string;
  /** 退款金额 */
  refund_fee?: Int64;
}

const REQUEST_SCHEMA = {
  refund_create_request: {
    currency_type: 'String',
    sale_order_no: 'String',
    out_refund_no: 'String',
    remark: 'String',
    out_order_no: 'String',
    refund_reason: 'String',
    proof_pic_urls: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data_list: [
      {
        sku_id: 'Number',
        product_id: 'Number',
        out_refund_no: 'String',
        refund_no: 'String',
        out_sub_order_no: 'String',
        sub_sale_order_no: 'String',
        sale_order_no: 'String',
        refund_fee: 'Number',
      },
    ],
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.main.refund.create`: method, response root, request and response schemas. */
export const alibabaAscpChannelMainRefundCreateOperation = {
  method: 'alibaba.ascp.channel.main.refund.create',
  responseRoot: 'alibaba_ascp_channel_main_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘外分销逆向创单（未发货整单退） — calls TOP method `alibaba.ascp.channel.main.refund.create`.
 *
 * 淘外分销解决方案--订单--逆向创单（未发货整单退）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelMainRefundCreate(
  client: TopClient,
  request: AlibabaAscpChannelMainRefundCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelMainRefundCreateResponse> {
  return client.call<AlibabaAscpChannelMainRefundCreateResponse>(
    {
      method: 'alibaba.ascp.channel.main.refund.create',
      responseRoot: 'alibaba_ascp_channel_main_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

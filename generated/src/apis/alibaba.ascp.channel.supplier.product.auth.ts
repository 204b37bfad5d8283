// Generated from specs/ascpchannel/alibaba.ascp.channel.supplier.product.auth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.supplier.product.auth` (供应商授权渠道产品到市场或分销商). */
export interface AlibabaAscpChannelSupplierProductAuthRequest {
  /** 请求参数 */
  channel_product_auth_request: AlibabaAscpChannelSupplierProductAuthChannelProductAuthRequestInput;
}

/** Response of `alibaba.ascp.channel.supplier.product.auth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSupplierProductAuthResponse {
  /** 返回值包装 */
  result?: AlibabaAscpChannelSupplierProductAuthResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelProductAuthRequest` of `alibaba.ascp.channel.supplier.product.auth`. */
export interface AlibabaAscpChannelSupplierProductAuthChannelProductAuthRequestInput {
  /** 授权纬度，5：经营模式 + 指定用户/6：经营模式 + 指定渠道 */
  dimension_type: Int64Input;
  /** 渠道产品id */
  product_id: Int64Input;
  /** 分销商名称，指定用户传值 */
  distributor_nick?: string;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.supplier.product.auth`. */
export interface AlibabaAscpChannelSupplierProductAuthResultWrapper {
  /** 执行结果 */
  success?: boolean;
  /** 执行结果 */
  data?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  channel_product_auth_request: {
    dimension_type: 'Number',
    product_id: 'Number',
    distributor_nick: 'String',
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.supplier.product.auth`: method, response root, request and response schemas. */
export const alibabaAscpChannelSupplierProductAuthOperation = {
  method: 'alibaba.ascp.channel.supplier.product.auth',
  responseRoot: 'alibaba_ascp_channel_supplier_product_auth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商授权渠道产品到市场或分销商 — calls TOP method `alibaba.ascp.channel.supplier.product.auth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSupplierProductAuth(
  client: TopClient,
  request: AlibabaAscpChannelSupplierProductAuthRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelSupplierProductAuthResponse> {
  return client.call<AlibabaAscpChannelSupplierProductAuthResponse>(
    {
      method: 'alibaba.ascp.channel.supplier.product.auth',
      responseRoot: 'alibaba_ascp_channel_supplier_product_auth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/wdk/alibaba.newretail.purchase.price.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.newretail.purchase.price.save` (共享库存 采购价上传接口). */
export interface AlibabaNewretailPurchasePriceSaveRequest {
  /** 接口入参 */
  save_purchase_price_request: AlibabaNewretailPurchasePriceSaveSavePurchasePriceRequestInput;
}

/** Response of `alibaba.newretail.purchase.price.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNewretailPurchasePriceSaveResponse {
  /** 调用结果对象 */
  result?: AlibabaNewretailPurchasePriceSaveTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SavePurchasePriceRequest` of `alibaba.newretail.purchase.price.save`. */
export interface AlibabaNewretailPurchasePriceSaveSavePurchasePriceRequestInput {
  /** 2-经销，3-代销，6-寄售，默认为【6-寄售】 */
  marketing_type?: Int64Input;
  /** 门店ID */
  ou_code: string;
  /** 商品编码 */
  sku_code: string;
  /** 含税采购价格，单位【分】 */
  purchase_price_with_tax: Int64Input;
  /** 1-基准价格，3-区间价格 */
  price_type?: Int64Input;
  /** 区间价格生效时间 */
  effective_start_time?: Int64Input;
  /** 区间价格失效时间 */
  effective_end_time?: Int64Input;
  /** 幂等ID */
  out_id?: string;
  /** 渠道 */
  channel_codes?: string;
}

/** `TopBaseResult` of `alibaba.newretail.purchase.price.save`. */
export interface AlibabaNewretailPurchasePriceSaveTopBaseResult {
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
  /** 表示调用是否成功 */
  success?: boolean;
  /** 响应返回值 */
  model?: AlibabaNewretailPurchasePriceSaveSavePurchasePriceResponse;
}

/** `SavePurchasePriceResponse` of `alibaba.newretail.purchase.price.save`. */
export interface AlibabaNewretailPurchasePriceSaveSavePurchasePriceResponse {
  /** 新创建的变价单id */
  ticket_id?: string;
}

const REQUEST_SCHEMA = {
  save_purchase_price_request: {
    marketing_type: 'Number',
    ou_code: 'String',
    sku_code: 'String',
    purchase_price_with_tax: 'Number',
    price_type: 'Number',
    effective_start_time: 'Number',
    effective_end_time: 'Number',
    out_id: 'String',
    channel_codes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    model: {
      ticket_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.newretail.purchase.price.save`: method, response root, request and response schemas. */
export const alibabaNewretailPurchasePriceSaveOperation = {
  method: 'alibaba.newretail.purchase.price.save',
  responseRoot: 'alibaba_newretail_purchase_price_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 共享库存 采购价上传接口 — calls TOP method `alibaba.newretail.purchase.price.save`.
 *
 * 共享库存业务 供应商上传商品采购价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNewretailPurchasePriceSave(
  client: TopClient,
  request: AlibabaNewretailPurchasePriceSaveRequest,
  options?: CallOptions,
): Promise<AlibabaNewretailPurchasePriceSaveResponse> {
  return client.call<AlibabaNewretailPurchasePriceSaveResponse>(
    {
      method: 'alibaba.newretail.purchase.price.save',
      responseRoot: 'alibaba_newretail_purchase_price_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

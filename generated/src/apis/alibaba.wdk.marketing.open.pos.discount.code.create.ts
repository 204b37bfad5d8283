// Generated from specs/wdk/alibaba.wdk.marketing.open.pos.discount.code.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.pos.discount.code.create` (pos一物一码创建). */
export interface AlibabaWdkMarketingOpenPosDiscountCodeCreateRequest {
  /** 请求信息 */
  unique_discount_code_request: AlibabaWdkMarketingOpenPosDiscountCodeCreateUniqueDiscountCodeRequestInput;
}

/** Response of `alibaba.wdk.marketing.open.pos.discount.code.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenPosDiscountCodeCreateResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingOpenPosDiscountCodeCreateWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UniqueDiscountCodeRequest` of `alibaba.wdk.marketing.open.pos.discount.code.create`. */
export interface AlibabaWdkMarketingOpenPosDiscountCodeCreateUniqueDiscountCodeRequestInput {
  /** 折扣率 范围(0,100) 比如78折传78，8折传80。对应 discountType=7时必传 */
  discount_rate?: Int64Input;
  /** 过期时间。不传默认为当前时间+90天。最大支持有效期为90天后。 */
  expire_time?: string;
  /** 一口价。单位分。对应 discountType=8 时必传 */
  discount_price?: Int64Input;
  /** 折扣码类型, 7为折扣率码，8为一口价码 */
  discount_type: Int64Input;
  /** 门店编码 */
  store_id: string;
  /** 商品编码 */
  sku_code: string;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.pos.discount.code.create`. */
export interface AlibabaWdkMarketingOpenPosDiscountCodeCreateWdkMarketOpenResult {
  /** 唯一码信息 */
  data?: AlibabaWdkMarketingOpenPosDiscountCodeCreateUniqueDiscountCodeBO;
  /** true--成功，false--失败 */
  success?: boolean;
  /** 错误提示信息 */
  error_code?: string;
  /** 错误码 */
  message?: string;
}

/** `UniqueDiscountCodeBO` of `alibaba.wdk.marketing.open.pos.discount.code.create`. */
export interface AlibabaWdkMarketingOpenPosDiscountCodeCreateUniqueDiscountCodeBO {
  /** 唯一码 */
  code?: string;
  /** 过期时间 */
  expire_time?: string;
}

const REQUEST_SCHEMA = {
  unique_discount_code_request: {
    discount_rate: 'Number',
    expire_time: 'String',
    discount_price: 'Number',
    discount_type: 'Number',
    store_id: 'String',
    sku_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      code: 'String',
      expire_time: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.pos.discount.code.create`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenPosDiscountCodeCreateOperation = {
  method: 'alibaba.wdk.marketing.open.pos.discount.code.create',
  responseRoot: 'alibaba_wdk_marketing_open_pos_discount_code_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * pos一物一码创建 — calls TOP method `alibaba.wdk.marketing.open.pos.discount.code.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenPosDiscountCodeCreate(
  client: TopClient,
  request: AlibabaWdkMarketingOpenPosDiscountCodeCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenPosDiscountCodeCreateResponse> {
  return client.call<AlibabaWdkMarketingOpenPosDiscountCodeCreateResponse>(
    {
      method: 'alibaba.wdk.marketing.open.pos.discount.code.create',
      responseRoot: 'alibaba_wdk_marketing_open_pos_discount_code_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

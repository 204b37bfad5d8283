// Generated from specs/tmallservice/tmall.mallitemcenter.supplier.price.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mallitemcenter.supplier.price.upload` (天猫服务商服务报价上传). */
export interface TmallMallitemcenterSupplierPriceUploadRequest {
  /** 服务code */
  service_code?: string;
  /**
   * 服务商门店价格列表
   *
   * Max list size: 100
   */
  provider_price_list: TmallMallitemcenterSupplierPriceUploadStoreOfferPriceDtoInput[];
}

/** Response of `tmall.mallitemcenter.supplier.price.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMallitemcenterSupplierPriceUploadResponse {
  /** 接口返回model */
  result?: TmallMallitemcenterSupplierPriceUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreOfferPriceDto` of `tmall.mallitemcenter.supplier.price.upload`. */
export interface TmallMallitemcenterSupplierPriceUploadStoreOfferPriceDtoInput {
  /** price */
  price?: Int64Input;
  /** 服务code */
  service_code?: string;
  /** 服务skuCode */
  service_sku?: string;
  /** 门店ID */
  store_id?: Int64Input;
}

/** `Result` of `tmall.mallitemcenter.supplier.price.upload`. */
export interface TmallMallitemcenterSupplierPriceUploadResult {
  /** message */
  message?: string;
  /** 是否成功 */
  result_data?: TmallMallitemcenterSupplierPriceUploadResultData;
  /** 是否系统调用错误 */
  system_error?: boolean;
  /** 是否校验出错 */
  business_check_fail?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 接口是否成功 */
  success?: boolean;
}

/** `ResultData` of `tmall.mallitemcenter.supplier.price.upload`. */
export interface TmallMallitemcenterSupplierPriceUploadResultData {
  /** 上传结果是否成功 */
  success?: boolean;
  /** 错误码 */
  failure_code?: string;
  /** 出错因子列表 */
  failure_price_factors?: string;
  /** 错误详情 */
  failure_detail?: string;
}

const REQUEST_SCHEMA = {
  service_code: 'String',
  provider_price_list: [
    {
      price: 'Number',
      service_code: 'String',
      service_sku: 'String',
      store_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result_data: {
      success: 'Boolean',
      failure_code: 'String',
      failure_price_factors: 'String',
      failure_detail: 'String',
    },
    system_error: 'Boolean',
    business_check_fail: 'Boolean',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.mallitemcenter.supplier.price.upload`: method, response root, request and response schemas. */
export const tmallMallitemcenterSupplierPriceUploadOperation = {
  method: 'tmall.mallitemcenter.supplier.price.upload',
  responseRoot: 'tmall_mallitemcenter_supplier_price_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务商服务报价上传 — calls TOP method `tmall.mallitemcenter.supplier.price.upload`.
 *
 * 天猫服务商上传服务价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMallitemcenterSupplierPriceUpload(
  client: TopClient,
  request: TmallMallitemcenterSupplierPriceUploadRequest,
  options?: CallOptions,
): Promise<TmallMallitemcenterSupplierPriceUploadResponse> {
  return client.call<TmallMallitemcenterSupplierPriceUploadResponse>(
    {
      method: 'tmall.mallitemcenter.supplier.price.upload',
      responseRoot: 'tmall_mallitemcenter_supplier_price_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

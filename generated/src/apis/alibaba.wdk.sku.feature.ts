// Generated from specs/wdk/alibaba.wdk.sku.feature.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.feature` (商品标记接口). */
export interface AlibabaWdkSkuFeatureRequest {
  /** SkuFeatureDo */
  param?: AlibabaWdkSkuFeatureSkuFeatureDoInput;
}

/** Response of `alibaba.wdk.sku.feature`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuFeatureResponse {
  /** 根据站点名称查询产品 */
  result?: AlibabaWdkSkuFeatureApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuFeatureDo` of `alibaba.wdk.sku.feature`. */
export interface AlibabaWdkSkuFeatureSkuFeatureDoInput {
  /** 商品编码 */
  sku_code?: string;
  /** 门店编码，用来给特定门店商品标记 */
  ou_code?: string;
  /** 机构编码, 可以指定机构的商品标记，如果要全量商品请填写商家编码 */
  org_code?: string;
  /** 渠道编码， */
  channel_code?: string;
  /** 标记编码，需要和调用方约定 */
  feature_code?: string;
  /** 标记值，需要和调用方约定 */
  feature_value?: string;
  /** 是否添加，默认是添加 */
  add?: boolean;
}

/** `ApiResult` of `alibaba.wdk.sku.feature`. */
export interface AlibabaWdkSkuFeatureApiResult {
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 接口调用成功标志，不表示业务是否成功 */
  success?: boolean;
  /** 业务是否成功 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    sku_code: 'String',
    ou_code: 'String',
    org_code: 'String',
    channel_code: 'String',
    feature_code: 'String',
    feature_value: 'String',
    add: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.feature`: method, response root, request and response schemas. */
export const alibabaWdkSkuFeatureOperation = {
  method: 'alibaba.wdk.sku.feature',
  responseRoot: 'alibaba_wdk_sku_feature_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品标记接口 — calls TOP method `alibaba.wdk.sku.feature`.
 *
 * 给淘鲜达商品属性之外的打标通用能力，满足商品一些特殊的需求，比如是否参加营销。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuFeature(
  client: TopClient,
  request: AlibabaWdkSkuFeatureRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSkuFeatureResponse> {
  return client.call<AlibabaWdkSkuFeatureResponse>(
    {
      method: 'alibaba.wdk.sku.feature',
      responseRoot: 'alibaba_wdk_sku_feature_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

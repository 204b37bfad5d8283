// Generated from specs/alihouse/alibaba.alihouse.existinghome.brand.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.brand.sync` (二手房公司品牌数据同步). */
export interface AlibabaAlihouseExistinghomeBrandSyncRequest {
  /** 入参 */
  company_brand_dto: AlibabaAlihouseExistinghomeBrandSyncCompanyBrandDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.brand.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBrandSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeBrandSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CompanyBrandDto` of `alibaba.alihouse.existinghome.brand.sync`. */
export interface AlibabaAlihouseExistinghomeBrandSyncCompanyBrandDtoInput {
  /** 品牌logo */
  logo: string;
  /** 品牌名称 */
  brand_name: string;
  /** 外部品牌ID */
  outer_brand_id: string;
  /** 是否删除 1-是 0-否 */
  is_deleted?: Int64Input;
  /** 描述 */
  description?: string;
  /** 品牌类别：0-未知 1-saas 2-普通中介 3-KA 4-开发商 5-交易服务 */
  brand_category?: Int64Input;
  /** 是否为测试数据 1-是 0-否 */
  is_test?: Int64Input;
  /** 品牌标签 */
  brand_tags?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.brand.sync`. */
export interface AlibabaAlihouseExistinghomeBrandSyncResult {
  /** 返回素材id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  company_brand_dto: {
    logo: 'String',
    brand_name: 'String',
    outer_brand_id: 'String',
    is_deleted: 'Number',
    description: 'String',
    brand_category: 'Number',
    is_test: 'Number',
    brand_tags: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.brand.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBrandSyncOperation = {
  method: 'alibaba.alihouse.existinghome.brand.sync',
  responseRoot: 'alibaba_alihouse_existinghome_brand_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房公司品牌数据同步 — calls TOP method `alibaba.alihouse.existinghome.brand.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBrandSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBrandSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBrandSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeBrandSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.brand.sync',
      responseRoot: 'alibaba_alihouse_existinghome_brand_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

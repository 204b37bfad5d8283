// Generated from specs/pur/alibaba.pur.cmall.package.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.cmall.package.sync` (套餐同步). */
export interface AlibabaPurCmallPackageSyncRequest {
  /** 套餐对象 */
  access_package_dto: AlibabaPurCmallPackageSyncAccessPackageDTOInput;
}

/** Response of `alibaba.pur.cmall.package.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurCmallPackageSyncResponse {
  /** 返回对象 */
  result?: AlibabaPurCmallPackageSyncActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccessPackageDTO` of `alibaba.pur.cmall.package.sync`. */
export interface AlibabaPurCmallPackageSyncAccessPackageDTOInput {
  /** 套餐标识 */
  security_id?: string;
  /** 第三方商城标识 */
  data_source: string;
  /** 套餐名称 */
  package_name: string;
  /** 套餐描述 */
  package_desc?: string;
  /** 套餐详情 */
  detail_info?: string;
  /** 图片地址列表 */
  img_url_list?: string[];
  /** 套餐关联的产品source列表 */
  product_source_values: string[];
}

/** `ActionResult` of `alibaba.pur.cmall.package.sync`. */
export interface AlibabaPurCmallPackageSyncActionResult {
  /** 是否成功 */
  is_success?: boolean;
  /** 返回提示信息 */
  message?: string;
  /** 套餐标识 */
  package_id?: string;
}

const REQUEST_SCHEMA = {
  access_package_dto: {
    security_id: 'String',
    data_source: 'String',
    package_name: 'String',
    package_desc: 'String',
    detail_info: 'String',
    img_url_list: ['String'],
    product_source_values: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    message: 'String',
    package_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.cmall.package.sync`: method, response root, request and response schemas. */
export const alibabaPurCmallPackageSyncOperation = {
  method: 'alibaba.pur.cmall.package.sync',
  responseRoot: 'alibaba_pur_cmall_package_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 套餐同步 — calls TOP method `alibaba.pur.cmall.package.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurCmallPackageSync(
  client: TopClient,
  request: AlibabaPurCmallPackageSyncRequest,
  options?: CallOptions,
): Promise<AlibabaPurCmallPackageSyncResponse> {
  return client.call<AlibabaPurCmallPackageSyncResponse>(
    {
      method: 'alibaba.pur.cmall.package.sync',
      responseRoot: 'alibaba_pur_cmall_package_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

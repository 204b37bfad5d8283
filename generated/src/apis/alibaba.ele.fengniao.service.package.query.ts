// Generated from specs/logistic/alibaba.ele.fengniao.service.package.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.service.package.query` (预采购服务包查询接口). */
export interface AlibabaEleFengniaoServicePackageQueryRequest {
  /** 入参 */
  param: AlibabaEleFengniaoServicePackageQueryParamInput;
}

/** Response of `alibaba.ele.fengniao.service.package.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoServicePackageQueryResponse {
  /** servicePackages */
  service_packages?: AlibabaEleFengniaoServicePackageQueryResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.service.package.query`. */
export interface AlibabaEleFengniaoServicePackageQueryParamInput {
  /** appid */
  app_id: string;
  /** 商户code */
  merchant_code: string;
  /** 门店列表 */
  chainstores: AlibabaEleFengniaoServicePackageQueryChainStoreInput[];
}

/** `ChainStore` of `alibaba.ele.fengniao.service.package.query`. */
export interface AlibabaEleFengniaoServicePackageQueryChainStoreInput {
  /** 门店code */
  chainstore_code: string;
  /** 经度 */
  longitude: string;
  /** 纬度 */
  latitude: string;
}

/** `Result` of `alibaba.ele.fengniao.service.package.query`. */
export interface AlibabaEleFengniaoServicePackageQueryResult {
  /** 门店code */
  chainstore_code?: string;
  /** servicePackageCodes */
  service_package_codes?: AlibabaEleFengniaoServicePackageQueryServicePackage[];
}

/** `ServicePackage` of `alibaba.ele.fengniao.service.package.query`. */
export interface AlibabaEleFengniaoServicePackageQueryServicePackage {
  /** 服务包code */
  service_package_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    app_id: 'String',
    merchant_code: 'String',
    chainstores: [
      {
        chainstore_code: 'String',
        longitude: 'String',
        latitude: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_packages: [
    {
      chainstore_code: 'String',
      service_package_codes: [
        {
          service_package_code: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.service.package.query`: method, response root, request and response schemas. */
export const alibabaEleFengniaoServicePackageQueryOperation = {
  method: 'alibaba.ele.fengniao.service.package.query',
  responseRoot: 'alibaba_ele_fengniao_service_package_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预采购服务包查询接口 — calls TOP method `alibaba.ele.fengniao.service.package.query`.
 *
 * 查询门店所在经纬度可用服务包的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoServicePackageQuery(
  client: TopClient,
  request: AlibabaEleFengniaoServicePackageQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEleFengniaoServicePackageQueryResponse> {
  return client.call<AlibabaEleFengniaoServicePackageQueryResponse>(
    {
      method: 'alibaba.ele.fengniao.service.package.query',
      responseRoot: 'alibaba_ele_fengniao_service_package_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

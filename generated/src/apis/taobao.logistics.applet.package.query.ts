// Generated from specs/mtopopen/taobao.logistics.applet.package.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.applet.package.query` (淘宝包裹查询). */
export interface TaobaoLogisticsAppletPackageQueryRequest {
  /** 查询用户的包裹列表 */
  query_package_list_request: TaobaoLogisticsAppletPackageQueryQueryPackageListRequestInput;
}

/** Response of `taobao.logistics.applet.package.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsAppletPackageQueryResponse {
  /** 结果对象 */
  query_response?: TaobaoLogisticsAppletPackageQueryQueryPackageListResponse;
  /** 通讯成功/失败 */
  result_success?: boolean;
  /** 通讯失败码 */
  result_code?: boolean;
  /** 通讯失败信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryPackageListRequest` of `taobao.logistics.applet.package.query`. */
export interface TaobaoLogisticsAppletPackageQueryQueryPackageListRequestInput {
  /** 快递公司编码 */
  cp_code: string;
  /** 用户的唯一标识 */
  open_id: string;
  /** 页数，从1开始 */
  page_no: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
}

/** `QueryPackageListResponse` of `taobao.logistics.applet.package.query`. */
export interface TaobaoLogisticsAppletPackageQueryQueryPackageListResponse {
  /** 包裹总数量 */
  total_num?: Int64;
  /** 查询是否成功 */
  success?: boolean;
  /** 查询错误码(成功情况无需关注) */
  error_code?: string;
  /** 查询错误原因(成功情况无需关注) */
  error_msg?: string;
  /** 包裹信息 */
  package_infos?: TaobaoLogisticsAppletPackageQueryPackageInfoVO[];
}

/** `PackageInfoVO` of `taobao.logistics.applet.package.query`. */
export interface TaobaoLogisticsAppletPackageQueryPackageInfoVO {
  /** 包裹id */
  package_id?: Int64;
  /** 快递公司编码 */
  cp_code?: string;
  /** 快递面单编码 */
  mail_no?: string;
}

const REQUEST_SCHEMA = {
  query_package_list_request: {
    cp_code: 'String',
    open_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  query_response: {
    total_num: 'Number',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    package_infos: [
      {
        package_id: 'Number',
        cp_code: 'String',
        mail_no: 'String',
      },
    ],
  },
  result_success: 'Boolean',
  result_code: 'Boolean',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.applet.package.query`: method, response root, request and response schemas. */
export const taobaoLogisticsAppletPackageQueryOperation = {
  method: 'taobao.logistics.applet.package.query',
  responseRoot: 'logistics_applet_package_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝包裹查询 — calls TOP method `taobao.logistics.applet.package.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsAppletPackageQuery(
  client: TopClient,
  request: TaobaoLogisticsAppletPackageQueryRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsAppletPackageQueryResponse> {
  return client.call<TaobaoLogisticsAppletPackageQueryResponse>(
    {
      method: 'taobao.logistics.applet.package.query',
      responseRoot: 'logistics_applet_package_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/topoaid/taobao.top.package.unauth.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.package.unauth.query` (查询某手机号下的包裹). */
export interface TaobaoTopPackageUnauthQueryRequest {
  /** 查询包裹请求 */
  query_package_list_request?: TaobaoTopPackageUnauthQueryQueryPackageListRequestInput;
}

/** Response of `taobao.top.package.unauth.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopPackageUnauthQueryResponse {
  /** 包裹信息 */
  data?: TaobaoTopPackageUnauthQueryPackageInfo[];
  /** 总数量 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryPackageListRequest` of `taobao.top.package.unauth.query`. */
export interface TaobaoTopPackageUnauthQueryQueryPackageListRequestInput {
  /** 1-淘宝端 */
  order_show_app: Int64Input;
  /** 末端类型 */
  station_type: string;
  /** 收件人手机号 */
  mobile: string;
  /** 页大小 */
  page_size: Int64Input;
  /** 页数 */
  page_no: Int64Input;
  /** 客服场景:CUSTOM，可查询已取件15天内和未取件包裹，收件场景：RECEIVE，仅可查询未取件包裹 */
  scene: string;
}

/** `PackageInfo` of `taobao.top.package.unauth.query`. */
export interface TaobaoTopPackageUnauthQueryPackageInfo {
  /** 运单号 */
  mail_no?: string;
  /** 是否为隐私订单 */
  privacy_order?: boolean;
  /** 隐私号 */
  secret_no?: string;
  /** 隐私号过期时间 */
  secret_no_expire_time?: string;
  /** 快递公司编码 */
  cp_code?: string;
  /** 代收点类型 */
  station_type?: string;
}

const REQUEST_SCHEMA = {
  query_package_list_request: {
    order_show_app: 'Number',
    station_type: 'String',
    mobile: 'String',
    page_size: 'Number',
    page_no: 'Number',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      mail_no: 'String',
      privacy_order: 'Boolean',
      secret_no: 'String',
      secret_no_expire_time: 'Date',
      cp_code: 'String',
      station_type: 'String',
    },
  ],
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.package.unauth.query`: method, response root, request and response schemas. */
export const taobaoTopPackageUnauthQueryOperation = {
  method: 'taobao.top.package.unauth.query',
  responseRoot: 'top_package_unauth_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某手机号下的包裹 — calls TOP method `taobao.top.package.unauth.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopPackageUnauthQuery(
  client: TopClient,
  request: TaobaoTopPackageUnauthQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoTopPackageUnauthQueryResponse> {
  return client.call<TaobaoTopPackageUnauthQueryResponse>(
    {
      method: 'taobao.top.package.unauth.query',
      responseRoot: 'top_package_unauth_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

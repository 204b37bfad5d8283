// Generated from specs/topoaid/taobao.top.package.auth.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.package.auth.info.get` (淘宝末端包裹信息获取). */
export interface TaobaoTopPackageAuthInfoGetRequest {
  /** 查询类 */
  is_privacy_package_request: TaobaoTopPackageAuthInfoGetIsPrivacyPackageRequestInput;
}

/** Response of `taobao.top.package.auth.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopPackageAuthInfoGetResponse {
  /** 结果 */
  result?: TaobaoTopPackageAuthInfoGetIsPrivacyPackageResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsPrivacyPackageRequest` of `taobao.top.package.auth.info.get`. */
export interface TaobaoTopPackageAuthInfoGetIsPrivacyPackageRequestInput {
  /** 运单号 */
  mail_no: string;
  /** 快递公司编码 */
  cp_code?: string;
  /** 柜机黑名单手机号前7位，如有多个用英文逗号,分隔，每个元素仅前七位有效 */
  black_mobiles?: string;
}

/** `IsPrivacyPackageResponse` of `taobao.top.package.auth.info.get`. */
export interface TaobaoTopPackageAuthInfoGetIsPrivacyPackageResponse {
  /** 是否为隐私包裹 */
  privacy_package?: boolean;
  /** 用户授权信息 */
  user_auth_infos?: TaobaoTopPackageAuthInfoGetUserAuthInfo[];
}

/** `UserAuthInfo` of `taobao.top.package.auth.info.get`. */
export interface TaobaoTopPackageAuthInfoGetUserAuthInfo {
  /** 收件人手机号 */
  mobile?: string;
  /** 授权信息过期时间 */
  authorize_expire_time?: string;
  /** 用户唯一标识 */
  open_id?: string;
  /** 虚拟号 */
  secret_no?: string;
  /** 虚拟号过期时间 */
  secret_expire_time?: string;
  /** 运单所属快递公司code */
  cp_code?: string;
  /** 收件人手机号是否为虚拟号主号(虚拟号前11位) */
  main_secret_no?: boolean;
  /** 收件人手机号是否在柜机黑名单中 */
  black?: boolean;
}

const REQUEST_SCHEMA = {
  is_privacy_package_request: {
    mail_no: 'String',
    cp_code: 'String',
    black_mobiles: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    privacy_package: 'Boolean',
    user_auth_infos: [
      {
        mobile: 'String',
        authorize_expire_time: 'Date',
        open_id: 'String',
        secret_no: 'String',
        secret_expire_time: 'Date',
        cp_code: 'String',
        main_secret_no: 'Boolean',
        black: 'Boolean',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.package.auth.info.get`: method, response root, request and response schemas. */
export const taobaoTopPackageAuthInfoGetOperation = {
  method: 'taobao.top.package.auth.info.get',
  responseRoot: 'top_package_auth_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝末端包裹信息获取 — calls TOP method `taobao.top.package.auth.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopPackageAuthInfoGet(
  client: TopClient,
  request: TaobaoTopPackageAuthInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTopPackageAuthInfoGetResponse> {
  return client.call<TaobaoTopPackageAuthInfoGetResponse>(
    {
      method: 'taobao.top.package.auth.info.get',
      responseRoot: 'top_package_auth_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

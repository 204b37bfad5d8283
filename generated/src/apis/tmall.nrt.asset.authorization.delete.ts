// Generated from specs/nrt/tmall.nrt.asset.authorization.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.asset.authorization.delete` (移除资产数据权限授权关系). */
export interface TmallNrtAssetAuthorizationDeleteRequest {
  /** 请求对象 */
  top_asset_data_auth_req_dto: TmallNrtAssetAuthorizationDeleteTopAssetDataAuthReqDTOInput;
}

/** Response of `tmall.nrt.asset.authorization.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtAssetAuthorizationDeleteResponse {
  /** 请求是否成功 */
  succ?: boolean;
  /** 请求结果 */
  data?: TmallNrtAssetAuthorizationDeleteTopAssetDataAuthResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAssetDataAuthReqDTO` of `tmall.nrt.asset.authorization.delete`. */
export interface TmallNrtAssetAuthorizationDeleteTopAssetDataAuthReqDTOInput {
  /** 员工手机号列表 */
  phone_list: string[];
  /** 同城站ID */
  store_id: Int64Input;
}

/** `TopAssetDataAuthResultDTO` of `tmall.nrt.asset.authorization.delete`. */
export interface TmallNrtAssetAuthorizationDeleteTopAssetDataAuthResultDTO {
  /** 失败原因 */
  failed?: TmallNrtAssetAuthorizationDeleteAuthFailedMsg[];
}

/** `AuthFailedMsg` of `tmall.nrt.asset.authorization.delete`. */
export interface TmallNrtAssetAuthorizationDeleteAuthFailedMsg {
  /** 入参中的手机号 */
  phone?: string;
  /** 失败原因 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  top_asset_data_auth_req_dto: {
    phone_list: ['String'],
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  data: {
    failed: [
      {
        phone: 'String',
        msg: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.asset.authorization.delete`: method, response root, request and response schemas. */
export const tmallNrtAssetAuthorizationDeleteOperation = {
  method: 'tmall.nrt.asset.authorization.delete',
  responseRoot: 'tmall_nrt_asset_authorization_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除资产数据权限授权关系 — calls TOP method `tmall.nrt.asset.authorization.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtAssetAuthorizationDelete(
  client: TopClient,
  request: TmallNrtAssetAuthorizationDeleteRequest,
  options?: CallOptions,
): Promise<TmallNrtAssetAuthorizationDeleteResponse> {
  return client.call<TmallNrtAssetAuthorizationDeleteResponse>(
    {
      method: 'tmall.nrt.asset.authorization.delete',
      responseRoot: 'tmall_nrt_asset_authorization_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

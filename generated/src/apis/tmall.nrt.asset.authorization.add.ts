// Generated from specs/nrt/tmall.nrt.asset.authorization.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.asset.authorization.add` (增加数据权限授权). */
export interface TmallNrtAssetAuthorizationAddRequest {
  /** 添加数据权限请求 */
  top_asset_data_auth_req_dto: TmallNrtAssetAuthorizationAddTopAssetDataAuthReqDTOInput;
}

/** Response of `tmall.nrt.asset.authorization.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtAssetAuthorizationAddResponse {
  /** 是否成功 */
  succ?: boolean;
  /** 返回结果 */
  data?: TmallNrtAssetAuthorizationAddTopAssetDataAuthResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAssetDataAuthReqDTO` of `tmall.nrt.asset.authorization.add`. */
export interface TmallNrtAssetAuthorizationAddTopAssetDataAuthReqDTOInput {
  /** 员工手机号 */
  phone_list: string[];
  /** 同城站ID */
  store_id: Int64Input;
}

/** `TopAssetDataAuthResultDTO` of `tmall.nrt.asset.authorization.add`. */
export interface TmallNrtAssetAuthorizationAddTopAssetDataAuthResultDTO {
  /** 添加失败的手机号及原因 */
  failed?: TmallNrtAssetAuthorizationAddAuthFailedMsg[];
}

/** `AuthFailedMsg` of `tmall.nrt.asset.authorization.add`. */
export interface TmallNrtAssetAuthorizationAddAuthFailedMsg {
  /** 入参手机号 */
  phone?: string;
  /** 添加失败原因 */
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

/** Static description of `tmall.nrt.asset.authorization.add`: method, response root, request and response schemas. */
export const tmallNrtAssetAuthorizationAddOperation = {
  method: 'tmall.nrt.asset.authorization.add',
  responseRoot: 'tmall_nrt_asset_authorization_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加数据权限授权 — calls TOP method `tmall.nrt.asset.authorization.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtAssetAuthorizationAdd(
  client: TopClient,
  request: TmallNrtAssetAuthorizationAddRequest,
  options?: CallOptions,
): Promise<TmallNrtAssetAuthorizationAddResponse> {
  return client.call<TmallNrtAssetAuthorizationAddResponse>(
    {
      method: 'tmall.nrt.asset.authorization.add',
      responseRoot: 'tmall_nrt_asset_authorization_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

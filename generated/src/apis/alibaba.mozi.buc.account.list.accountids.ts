// Generated from specs/mozi/alibaba.mozi.buc.account.list.accountids.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.buc.account.list.accountids` (根据一批账号ID查询账号列表). */
export interface AlibabaMoziBucAccountListAccountidsRequest {
  /** 请求参数 */
  list_account_ids?: AlibabaMoziBucAccountListAccountidsListAccountsByAccountIdsRequestInput;
}

/** Response of `alibaba.mozi.buc.account.list.accountids`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziBucAccountListAccountidsResponse {
  /** 出参 */
  result?: AlibabaMoziBucAccountListAccountidsListAccountsByAccountIdsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ListAccountsByAccountIdsRequest` of `alibaba.mozi.buc.account.list.accountids`. */
export interface AlibabaMoziBucAccountListAccountidsListAccountsByAccountIdsRequestInput {
  /** 租户ID */
  tenant_id: Int64Input;
  /** 账号ID列表 */
  account_ids: Int64Input[];
  /** 账号是否可用 */
  available?: string;
  /** 附加信息 */
  request_meta_data?: string;
}

/** `ListAccountsByAccountIdsResult` of `alibaba.mozi.buc.account.list.accountids`. */
export interface AlibabaMoziBucAccountListAccountidsListAccountsByAccountIdsResult {
  /** 返回的数据 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 请求的序列化 */
  request_id?: string;
  /** 返回的状态消息 */
  response_message?: string;
  /** 返回的附件信息 */
  response_meta_data?: string;
  /** 返回码 */
  response_code?: string;
}

const REQUEST_SCHEMA = {
  list_account_ids: {
    tenant_id: 'Number',
    account_ids: ['Number'],
    available: 'String',
    request_meta_data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    request_id: 'String',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.buc.account.list.accountids`: method, response root, request and response schemas. */
export const alibabaMoziBucAccountListAccountidsOperation = {
  method: 'alibaba.mozi.buc.account.list.accountids',
  responseRoot: 'alibaba_mozi_buc_account_list_accountids_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据一批账号ID查询账号列表 — calls TOP method `alibaba.mozi.buc.account.list.accountids`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziBucAccountListAccountids(
  client: TopClient,
  request: AlibabaMoziBucAccountListAccountidsRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziBucAccountListAccountidsResponse> {
  return client.call<AlibabaMoziBucAccountListAccountidsResponse>(
    {
      method: 'alibaba.mozi.buc.account.list.accountids',
      responseRoot: 'alibaba_mozi_buc_account_list_accountids_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/tbk/taobao.tbk.sc.ucrowd.member.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.ucrowd.member.add` (淘宝客-服务商-上传人群数据). */
export interface TaobaoTbkScUcrowdMemberAddRequest {
  /** 成员账号类型，1:sid */
  account_type: Int64Input;
  /** 人群id */
  ucrowd_id: Int64Input;
  /**
   * 成员列表
   *
   * Max list size: 999
   */
  account_list: string[];
  /** 更新方式，1:增量更新，2:全量更新 */
  edit_type: Int64Input;
}

/** Response of `taobao.tbk.sc.ucrowd.member.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScUcrowdMemberAddResponse {
  /** data */
  data?: TaobaoTbkScUcrowdMemberAddRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.sc.ucrowd.member.add`. */
export interface TaobaoTbkScUcrowdMemberAddRpcResult {
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  account_type: 'Number',
  ucrowd_id: 'Number',
  account_list: ['String'],
  edit_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.ucrowd.member.add`: method, response root, request and response schemas. */
export const taobaoTbkScUcrowdMemberAddOperation = {
  method: 'taobao.tbk.sc.ucrowd.member.add',
  responseRoot: 'tbk_sc_ucrowd_member_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-上传人群数据 — calls TOP method `taobao.tbk.sc.ucrowd.member.add`.
 *
 * 服务商使用。支持淘宝客上传人群标签id对应的会员列表，支持全量和增量多种数据更新方式。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScUcrowdMemberAdd(
  client: TopClient,
  request: TaobaoTbkScUcrowdMemberAddRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScUcrowdMemberAddResponse> {
  return client.call<TaobaoTbkScUcrowdMemberAddResponse>(
    {
      method: 'taobao.tbk.sc.ucrowd.member.add',
      responseRoot: 'tbk_sc_ucrowd_member_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

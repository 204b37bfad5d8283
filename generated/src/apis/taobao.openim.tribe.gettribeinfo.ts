// Generated from specs/openim/taobao.openim.tribe.gettribeinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.gettribeinfo` (获取群信息). */
export interface TaobaoOpenimTribeGettribeinfoRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeGettribeinfoOpenImUserInput;
  /** 群ID */
  tribe_id: Int64Input;
}

/** Response of `taobao.openim.tribe.gettribeinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeGettribeinfoResponse {
  /** 群信息 */
  tribe_info?: TaobaoOpenimTribeGettribeinfoTribeInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.gettribeinfo`. */
export interface TaobaoOpenimTribeGettribeinfoOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

/** `TribeInfo` of `taobao.openim.tribe.gettribeinfo`. */
export interface TaobaoOpenimTribeGettribeinfoTribeInfo {
  /** 群ID */
  tribe_id?: Int64;
  /** 群头像URL地址 */
  icon?: string;
  /** 群验证模式 */
  check_mode?: Int64;
  /** 群类型 */
  tribe_type?: Int64;
  /** 群名称 */
  name?: string;
  /** 群接收标记 */
  recv_flag?: Int64;
  /** 群公告 */
  notice?: string;
}

const REQUEST_SCHEMA = {
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  tribe_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_info: {
    tribe_id: 'Number',
    icon: 'String',
    check_mode: 'Number',
    tribe_type: 'Number',
    name: 'String',
    recv_flag: 'Number',
    notice: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.gettribeinfo`: method, response root, request and response schemas. */
export const taobaoOpenimTribeGettribeinfoOperation = {
  method: 'taobao.openim.tribe.gettribeinfo',
  responseRoot: 'openim_tribe_gettribeinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取群信息 — calls TOP method `taobao.openim.tribe.gettribeinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeGettribeinfo(
  client: TopClient,
  request: TaobaoOpenimTribeGettribeinfoRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeGettribeinfoResponse> {
  return client.call<TaobaoOpenimTribeGettribeinfoResponse>(
    {
      method: 'taobao.openim.tribe.gettribeinfo',
      responseRoot: 'openim_tribe_gettribeinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

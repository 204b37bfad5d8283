// Generated from specs/openim/taobao.openim.tribe.getalltribes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.getalltribes` (获取用户群列表). */
export interface TaobaoOpenimTribeGetalltribesRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeGetalltribesOpenImUserInput;
  /**
   * 群类型
   *
   * Max list size: 20
   */
  tribe_types: Int64Input[];
}

/** Response of `taobao.openim.tribe.getalltribes`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeGetalltribesResponse {
  /** 群列表信息 */
  tribe_info_list?: TaobaoOpenimTribeGetalltribesTribeInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.getalltribes`. */
export interface TaobaoOpenimTribeGetalltribesOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

/** `TribeInfo` of `taobao.openim.tribe.getalltribes`. */
export interface TaobaoOpenimTribeGetalltribesTribeInfo {
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
  tribe_types: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_info_list: [
    {
      tribe_id: 'Number',
      icon: 'String',
      check_mode: 'Number',
      tribe_type: 'Number',
      name: 'String',
      recv_flag: 'Number',
      notice: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.getalltribes`: method, response root, request and response schemas. */
export const taobaoOpenimTribeGetalltribesOperation = {
  method: 'taobao.openim.tribe.getalltribes',
  responseRoot: 'openim_tribe_getalltribes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户群列表 — calls TOP method `taobao.openim.tribe.getalltribes`.
 *
 * OPENIM群服务获取用户群列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeGetalltribes(
  client: TopClient,
  request: TaobaoOpenimTribeGetalltribesRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeGetalltribesResponse> {
  return client.call<TaobaoOpenimTribeGetalltribesResponse>(
    {
      method: 'taobao.openim.tribe.getalltribes',
      responseRoot: 'openim_tribe_getalltribes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/openim/taobao.openim.tribe.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.create` (创建群). */
export interface TaobaoOpenimTribeCreateRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeCreateOpenImUserInput;
  /** 群名称 */
  tribe_name: string;
  /** 群公告 */
  notice: string;
  /** 群类型有两种tribe_type = 0 普通群 普通群有管理员角色，对成员加入有权限控制tribe_type = 1 讨论组 讨论组没有管理员，不能解散 */
  tribe_type: Int64Input;
  /**
   * 创建群时候拉入群的成员tribe_type = 1（即为讨论组类型)时 该参数为必选tribe_type = 0 (即为普通群类型)时，改参数无效，可不填
   *
   * Max list size: 1000
   */
  members?: TaobaoOpenimTribeCreateOpenImUserInput[];
}

/** Response of `taobao.openim.tribe.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeCreateResponse {
  /** 创建群的信息 */
  tribe_info?: TaobaoOpenimTribeCreateTribeInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.create`. */
export interface TaobaoOpenimTribeCreateOpenImUserInput {
  /** 用户id */
  uid?: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key?: string;
}

/** `TribeInfo` of `taobao.openim.tribe.create`. */
export interface TaobaoOpenimTribeCreateTribeInfo {
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
  tribe_name: 'String',
  notice: 'String',
  tribe_type: 'Number',
  members: [
    {
      uid: 'String',
      taobao_account: 'Boolean',
      app_key: 'String',
    },
  ],
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

/** Static description of `taobao.openim.tribe.create`: method, response root, request and response schemas. */
export const taobaoOpenimTribeCreateOperation = {
  method: 'taobao.openim.tribe.create',
  responseRoot: 'openim_tribe_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建群 — calls TOP method `taobao.openim.tribe.create`.
 *
 * 创建一个openim的群
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeCreate(
  client: TopClient,
  request: TaobaoOpenimTribeCreateRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeCreateResponse> {
  return client.call<TaobaoOpenimTribeCreateResponse>(
    {
      method: 'taobao.openim.tribe.create',
      responseRoot: 'openim_tribe_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

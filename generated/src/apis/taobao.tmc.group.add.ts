// Generated from specs/tmc/taobao.tmc.group.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.group.add` (为已开通用户添加用户分组). */
export interface TaobaoTmcGroupAddRequest {
  /**
   * 分组名称，同一个应用下需要保证唯一性，最长32个字符。添加分组后，消息通道会为用户的消息分配独立分组，但之前的消息还是存储于默认分组中。不能以default开头，default开头为系统默认组。
   *
   * Max length: 32
   */
  group_name: string;
  /**
   * 用户昵称列表，以半角逗号分隔，支持子账号，支持增量添加用户
   *
   * Max list size: 200
   */
  nicks: string[];
  /** 用户所属于的平台类型，tbUIC:淘宝用户; icbu: icbu用户;ae:ae用户 */
  user_platform?: string;
}

/** Response of `taobao.tmc.group.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcGroupAddResponse {
  /** 创建时间 */
  created?: string;
  /** 分组名称 */
  group_name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  nicks: ['String'],
  user_platform: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  created: 'Date',
  group_name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.group.add`: method, response root, request and response schemas. */
export const taobaoTmcGroupAddOperation = {
  method: 'taobao.tmc.group.add',
  responseRoot: 'tmc_group_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 为已开通用户添加用户分组 — calls TOP method `taobao.tmc.group.add`.
 *
 * 为已开通用户添加用户分组，授权消息使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcGroupAdd(
  client: TopClient,
  request: TaobaoTmcGroupAddRequest,
  options?: CallOptions,
): Promise<TaobaoTmcGroupAddResponse> {
  return client.call<TaobaoTmcGroupAddResponse>(
    {
      method: 'taobao.tmc.group.add',
      responseRoot: 'tmc_group_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/iot/taobao.ailab.aicloud.top.feedlist.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.feedlist.get` (获取对话流列表). */
export interface TaobaoAilabAicloudTopFeedlistGetRequest {
  /** 用户信息 */
  param0?: TaobaoAilabAicloudTopFeedlistGetOpenBaseInfoInput;
  /** 设备id */
  param1?: string;
  /** 最后一条对话的key */
  param2?: string;
  /** 单页的条目数，注意，是String类型！ */
  param3?: string;
}

/** Response of `taobao.ailab.aicloud.top.feedlist.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopFeedlistGetResponse {
  /** 返回值 */
  result?: TaobaoAilabAicloudTopFeedlistGetAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenBaseInfo` of `taobao.ailab.aicloud.top.feedlist.get`. */
export interface TaobaoAilabAicloudTopFeedlistGetOpenBaseInfoInput {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.feedlist.get`. */
export interface TaobaoAilabAicloudTopFeedlistGetAiCloudResult {
  /** 对话流列表数据 */
  models?: string[];
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 网络请求是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    schema: 'String',
    user_id: 'String',
    utd_id: 'String',
    ext: 'String',
  },
  param1: 'String',
  param2: 'String',
  param3: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: ['String'],
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.feedlist.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopFeedlistGetOperation = {
  method: 'taobao.ailab.aicloud.top.feedlist.get',
  responseRoot: 'ailab_aicloud_top_feedlist_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取对话流列表 — calls TOP method `taobao.ailab.aicloud.top.feedlist.get`.
 *
 * 获取指定应用的对话流信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopFeedlistGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopFeedlistGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopFeedlistGetResponse> {
  return client.call<TaobaoAilabAicloudTopFeedlistGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.feedlist.get',
      responseRoot: 'ailab_aicloud_top_feedlist_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/iot/taobao.ailab.aicloud.top.message.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.list` (获取留言列表). */
export interface TaobaoAilabAicloudTopMessageListRequest {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 截止时间，yyyy-MM-dd HH:mm:ss.SSS */
  before_time?: string;
  /** 一次性展示多少条信息 */
  limit?: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.message.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessageListResponse {
  /** result */
  result?: TaobaoAilabAicloudTopMessageListAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.message.list`. */
export interface TaobaoAilabAicloudTopMessageListAiCloudResult {
  /** msgInfo错误码信息，成功返回null */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
  /** model */
  models?: TaobaoAilabAicloudTopMessageListModel[];
}

/** `Model` of `taobao.ailab.aicloud.top.message.list`. */
export interface TaobaoAilabAicloudTopMessageListModel {
  /** source */
  source?: string;
  /** type */
  type?: string;
  /** content */
  content?: string;
  /** url */
  url?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** status */
  status?: Int64;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  before_time: 'String',
  limit: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    success: 'Boolean',
    models: [
      {
        source: 'String',
        type: 'String',
        content: 'String',
        url: 'String',
        gmt_create: 'String',
        gmt_modified: 'String',
        status: 'Number',
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.list`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessageListOperation = {
  method: 'taobao.ailab.aicloud.top.message.list',
  responseRoot: 'ailab_aicloud_top_message_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取留言列表 — calls TOP method `taobao.ailab.aicloud.top.message.list`.
 *
 * 根据指定参数获取留言列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessageList(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessageListRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessageListResponse> {
  return client.call<TaobaoAilabAicloudTopMessageListResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.list',
      responseRoot: 'ailab_aicloud_top_message_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

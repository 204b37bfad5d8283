// Generated from specs/iot/taobao.ailab.aicloud.top.freelisten.childrenalbum.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.freelisten.childrenalbum` (儿童音频列表). */
export interface TaobaoAilabAicloudTopFreelistenChildrenalbumRequest {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 音频类型，目前只支持以下几种类型：英语儿歌 英语故事 双语故事 国学启蒙 古典名著 成语故事 寓言故事 神话故事 诗词朗读 诗词婉唱 谚语故事 胎教音乐 经典儿歌 摇篮曲 睡前故事 绘本故事 儿童故事 儿童百科 经典故事 公主故事 名人故事 胎教故事 */
  param1?: string;
  /** 页数 */
  param2?: Int64Input;
  /** 每页条目数 */
  param3?: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.freelisten.childrenalbum`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopFreelistenChildrenalbumResponse {
  /** result */
  result?: TaobaoAilabAicloudTopFreelistenChildrenalbumAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.freelisten.childrenalbum`. */
export interface TaobaoAilabAicloudTopFreelistenChildrenalbumAiCloudResult {
  /** List>数据结构，List中的每一个条目是一个Map对象，key为属性名称，value为对应的值 */
  model_list?: string[];
  /** 返回码 */
  msg_code?: string;
  /** 返回状态 */
  msg_info?: string;
  /** 网络请求是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  param1: 'String',
  param2: 'Number',
  param3: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model_list: ['String'],
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.freelisten.childrenalbum`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopFreelistenChildrenalbumOperation = {
  method: 'taobao.ailab.aicloud.top.freelisten.childrenalbum',
  responseRoot: 'ailab_aicloud_top_freelisten_childrenalbum_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 儿童音频列表 — calls TOP method `taobao.ailab.aicloud.top.freelisten.childrenalbum`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopFreelistenChildrenalbum(
  client: TopClient,
  request: TaobaoAilabAicloudTopFreelistenChildrenalbumRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopFreelistenChildrenalbumResponse> {
  return client.call<TaobaoAilabAicloudTopFreelistenChildrenalbumResponse>(
    {
      method: 'taobao.ailab.aicloud.top.freelisten.childrenalbum',
      responseRoot: 'ailab_aicloud_top_freelisten_childrenalbum_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/dmp/taobao.dmp.crowd.template.topic.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.dmp.crowd.template.topic.find` (平台精选榜单和模版查询接口). */
export interface TaobaoDmpCrowdTemplateTopicFindRequest {
  /** 请求体 */
  api_context: TaobaoDmpCrowdTemplateTopicFindApiContextDTOInput;
  /** 查询对象 */
  topic_query?: TaobaoDmpCrowdTemplateTopicFindTopicQueryDTOInput;
}

/** Response of `taobao.dmp.crowd.template.topic.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDmpCrowdTemplateTopicFindResponse {
  /** 榜单对象数组 */
  result?: TaobaoDmpCrowdTemplateTopicFindTopic[];
  /** 错误码 */
  result_error_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiContextDTO` of `taobao.dmp.crowd.template.topic.find`. */
export interface TaobaoDmpCrowdTemplateTopicFindApiContextDTOInput {
  /** 业务线编码，引力魔方：displayDefault */
  biz_code: string;
}

/** `TopicQueryDTO` of `taobao.dmp.crowd.template.topic.find`. */
export interface TaobaoDmpCrowdTemplateTopicFindTopicQueryDTOInput {
  /** 算法推荐模版context */
  context_params?: string;
}

/** `Topic` of `taobao.dmp.crowd.template.topic.find`. */
export interface TaobaoDmpCrowdTemplateTopicFindTopic {
  /** 榜单下的模版对象数组 */
  templates?: TaobaoDmpCrowdTemplateTopicFindTemplate[];
  /** 榜单名称 */
  name?: string;
  /** 榜单描述 */
  description?: string;
  /** 榜单id */
  id?: Int64;
}

/** `Template` of `taobao.dmp.crowd.template.topic.find`. */
export interface TaobaoDmpCrowdTemplateTopicFindTemplate {
  /** 模版扩展json信息，usageIndex: 使用热度，mark: 打标文案 */
  ext?: string;
  /** 模版描述信息 */
  description?: string;
  /** 模版推荐理由 */
  highlight?: string;
  /** 模版名称 */
  name?: string;
  /** 模版id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  api_context: {
    biz_code: 'String',
  },
  topic_query: {
    context_params: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      templates: [
        {
          ext: 'String',
          description: 'String',
          highlight: 'String',
          name: 'String',
          id: 'Number',
        },
      ],
      name: 'String',
      description: 'String',
      id: 'Number',
    },
  ],
  result_error_code: 'String',
  is_success: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.dmp.crowd.template.topic.find`: method, response root, request and response schemas. */
export const taobaoDmpCrowdTemplateTopicFindOperation = {
  method: 'taobao.dmp.crowd.template.topic.find',
  responseRoot: 'dmp_crowd_template_topic_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 平台精选榜单和模版查询接口 — calls TOP method `taobao.dmp.crowd.template.topic.find`.
 *
 * 查询平台精选榜单和模版信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDmpCrowdTemplateTopicFind(
  client: TopClient,
  request: TaobaoDmpCrowdTemplateTopicFindRequest,
  options?: CallOptions,
): Promise<TaobaoDmpCrowdTemplateTopicFindResponse> {
  return client.call<TaobaoDmpCrowdTemplateTopicFindResponse>(
    {
      method: 'taobao.dmp.crowd.template.topic.find',
      responseRoot: 'dmp_crowd_template_topic_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

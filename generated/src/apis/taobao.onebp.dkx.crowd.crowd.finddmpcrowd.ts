// Generated from specs/scs/taobao.onebp.dkx.crowd.crowd.finddmpcrowd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd` (查询达摩盘精选人群模板). */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdRequest {
  /** 请求体 */
  api_service_context?: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdApiServiceContextInput;
}

/** Response of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdApiServiceContextInput {
  /** 场景编码 */
  biz_code: string;
}

/** `ResultDTO` of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResultDTO {
  /** 结果体 */
  result?: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdDmpJxTopicViewDTO[];
  /** 是否成功 */
  success?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResultCode;
  /** 信息 */
  message?: string;
}

/** `DmpJxTopicViewDTO` of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdDmpJxTopicViewDTO {
  /** topicId */
  topic_id?: Int64;
  /** template */
  template_list?: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdDmpJxCrowdTemplateViewDTO[];
}

/** `DmpJxCrowdTemplateViewDTO` of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdDmpJxCrowdTemplateViewDTO {
  /** 模板id:templateId */
  template_id?: Int64;
  /** 模板名称 */
  template_name?: string;
  /** 模板有效期 */
  valid_date?: string;
  /** 模板介绍 */
  template_desc?: string;
}

/** `ResultCode` of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`. */
export interface TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: [
      {
        topic_id: 'Number',
        template_list: [
          {
            template_id: 'Number',
            template_name: 'String',
            valid_date: 'String',
            template_desc: 'String',
          },
        ],
      },
    ],
    success: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCrowdCrowdFinddmpcrowdOperation = {
  method: 'taobao.onebp.dkx.crowd.crowd.finddmpcrowd',
  responseRoot: 'onebp_dkx_crowd_crowd_finddmpcrowd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询达摩盘精选人群模板 — calls TOP method `taobao.onebp.dkx.crowd.crowd.finddmpcrowd`.
 *
 * 查询达摩盘精选人群模板；使用方法为先查询出topic和对应的templateId（需要一一对应），然后将想使用的模板topic&templateId组填入Add接口中的new_dmp_template_crowd结构中提交即可。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCrowdCrowdFinddmpcrowd(
  client: TopClient,
  request: TaobaoOnebpDkxCrowdCrowdFinddmpcrowdRequest = {},
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResponse> {
  return client.call<TaobaoOnebpDkxCrowdCrowdFinddmpcrowdResponse>(
    {
      method: 'taobao.onebp.dkx.crowd.crowd.finddmpcrowd',
      responseRoot: 'onebp_dkx_crowd_crowd_finddmpcrowd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

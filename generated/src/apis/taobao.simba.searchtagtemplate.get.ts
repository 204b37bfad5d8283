// Generated from specs/simba/taobao.simba.searchtagtemplate.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.searchtagtemplate.get` (获取搜索人群TOP用户可添加人群信息). */
export interface TaobaoSimbaSearchtagtemplateGetRequest {
  /** 子帐号nick */
  sub_nick?: string;
  /** 被操作者的淘宝昵称 */
  nick?: string;
}

/** Response of `taobao.simba.searchtagtemplate.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSearchtagtemplateGetResponse {
  /** result */
  template_list?: TaobaoSimbaSearchtagtemplateGetResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.simba.searchtagtemplate.get`. */
export interface TaobaoSimbaSearchtagtemplateGetResult {
  /** DimDtOs */
  dim_list?: TaobaoSimbaSearchtagtemplateGetDimDtOs[];
  /** 人群模版id */
  id?: Int64;
  /** 人群模版名称 */
  name?: string;
  /** 人群类型 */
  type?: Int64;
}

/** `DimDtOs` of `taobao.simba.searchtagtemplate.get`. */
export interface TaobaoSimbaSearchtagtemplateGetDimDtOs {
  /** tagList */
  tag_list?: TaobaoSimbaSearchtagtemplateGetTagOptions[];
  /** 维度名称,如性别,年龄 */
  name?: string;
  /** 维度id,如性别年龄的id */
  id?: Int64;
}

/** `TagOptions` of `taobao.simba.searchtagtemplate.get`. */
export interface TaobaoSimbaSearchtagtemplateGetTagOptions {
  /** 标签的名称,如男,女,10-20等 */
  tag_name?: string;
  /** 标签所属的分组id */
  option_group_id?: Int64;
  /** 标签所属的维度id */
  dim_id?: Int64;
  /** 标签id */
  tag_id?: string;
}

const REQUEST_SCHEMA = {
  sub_nick: 'String',
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  template_list: [
    {
      dim_list: [
        {
          tag_list: [
            {
              tag_name: 'String',
              option_group_id: 'Number',
              dim_id: 'Number',
              tag_id: 'String',
            },
          ],
          name: 'String',
          id: 'Number',
        },
      ],
      id: 'Number',
      name: 'String',
      type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.searchtagtemplate.get`: method, response root, request and response schemas. */
export const taobaoSimbaSearchtagtemplateGetOperation = {
  method: 'taobao.simba.searchtagtemplate.get',
  responseRoot: 'simba_searchtagtemplate_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取搜索人群TOP用户可添加人群信息 — calls TOP method `taobao.simba.searchtagtemplate.get`.
 *
 * 获取搜索人群用户可添加人群信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSearchtagtemplateGet(
  client: TopClient,
  request: TaobaoSimbaSearchtagtemplateGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaSearchtagtemplateGetResponse> {
  return client.call<TaobaoSimbaSearchtagtemplateGetResponse>(
    {
      method: 'taobao.simba.searchtagtemplate.get',
      responseRoot: 'simba_searchtagtemplate_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

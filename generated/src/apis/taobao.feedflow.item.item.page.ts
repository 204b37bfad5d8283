// Generated from specs/feedflow/taobao.feedflow.item.item.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.item.page` (信息流查看商品列表). */
export interface TaobaoFeedflowItemItemPageRequest {
  /** 查询条件 */
  item_query?: TaobaoFeedflowItemItemPageItemQueryDtoInput;
}

/** Response of `taobao.feedflow.item.item.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemItemPageResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemItemPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemQueryDto` of `taobao.feedflow.item.item.page`. */
export interface TaobaoFeedflowItemItemPageItemQueryDtoInput {
  /** 计划id */
  campaign_id: Int64Input;
  /** 商品标题 */
  title?: string;
  /** 分页页码，不得超过20 */
  page_size?: Int64Input;
  /** 商品id列表 */
  item_id_list?: Int64Input[];
  /** 当前页数 */
  current_page?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.item.page`. */
export interface TaobaoFeedflowItemItemPageResultDto {
  /** 返回信息 */
  message?: string;
  /** 商品列表 */
  item_list?: TaobaoFeedflowItemItemPageItemDto[];
  /** 商品总数 */
  total_count?: Int64;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

/** `ItemDto` of `taobao.feedflow.item.item.page`. */
export interface TaobaoFeedflowItemItemPageItemDto {
  /** 商品id */
  item_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品落地页 */
  link_url?: string;
  /** 商品主图 */
  img_url?: string;
  /** 是否可以使用，false不可以进行广告投放 */
  is_access_allowed?: boolean;
  /** 不可以使用的原因 */
  access_allowed_info?: TaobaoFeedflowItemItemPageAccessAllowedDto;
}

/** `AccessAllowedDto` of `taobao.feedflow.item.item.page`. */
export interface TaobaoFeedflowItemItemPageAccessAllowedDto {
  /** 是否可以使用，false不可以进行广告投放 */
  is_access_allowed?: boolean;
  /** 不可以使用的原因 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  item_query: {
    campaign_id: 'Number',
    title: 'String',
    page_size: 'Number',
    item_id_list: ['Number'],
    current_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    item_list: [
      {
        item_id: 'Number',
        title: 'String',
        link_url: 'String',
        img_url: 'String',
        is_access_allowed: 'Boolean',
        access_allowed_info: {
          is_access_allowed: 'Boolean',
          reason: 'String',
        },
      },
    ],
    total_count: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.item.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemItemPageOperation = {
  method: 'taobao.feedflow.item.item.page',
  responseRoot: 'feedflow_item_item_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流查看商品列表 — calls TOP method `taobao.feedflow.item.item.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemItemPage(
  client: TopClient,
  request: TaobaoFeedflowItemItemPageRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemItemPageResponse> {
  return client.call<TaobaoFeedflowItemItemPageResponse>(
    {
      method: 'taobao.feedflow.item.item.page',
      responseRoot: 'feedflow_item_item_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/feedflow/taobao.feedflow.item.crowd.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.crowd.page` (分页查询单品单元下人群列表). */
export interface TaobaoFeedflowItemCrowdPageRequest {
  /** 查询条件 */
  crowd_query: TaobaoFeedflowItemCrowdPageCrowdQueryDtoInput;
}

/** Response of `taobao.feedflow.item.crowd.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCrowdPageResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemCrowdPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdQueryDto` of `taobao.feedflow.item.crowd.page`. */
export interface TaobaoFeedflowItemCrowdPageCrowdQueryDtoInput {
  /** 定向类型 */
  target_type_list?: string[];
  /** 单元id */
  adgroup_id?: Int64Input;
  /** 分页条件 */
  page_size?: Int64Input;
  /** 人群id */
  crowd_id?: Int64Input;
  /** 人群状态 */
  status_list?: string[];
  /** 分页条件 */
  offset?: Int64Input;
  /** 计划id */
  campaign_id?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.crowd.page`. */
export interface TaobaoFeedflowItemCrowdPageResultDto {
  /** 成功 */
  message?: string;
  /** 人群列表 */
  crowds?: TaobaoFeedflowItemCrowdPageCrowdDto[];
  /** 总数 */
  total_count?: Int64;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

/** `CrowdDto` of `taobao.feedflow.item.crowd.page`. */
export interface TaobaoFeedflowItemCrowdPageCrowdDto {
  /** 人群id */
  crowd_id?: Int64;
  /** 人群名称 */
  crowd_name?: string;
  /** 人群描述 */
  crowd_desc?: string;
  /** 人群出价，单位：分 */
  price?: Int64;
  /** 计划id */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 人群状态 */
  status?: string;
  /** 标签结构 */
  target_label?: TaobaoFeedflowItemCrowdPageLabelDto;
}

/** `LabelDto` of `taobao.feedflow.item.crowd.page`. */
export interface TaobaoFeedflowItemCrowdPageLabelDto {
  /** 标签id */
  label_id?: Int64;
  /** 定向id */
  target_id?: Int64;
  /** 定向类型 */
  target_type?: string;
  /** 标签名称 */
  label_name?: string;
  /** 标签描述 */
  label_desc?: string;
  /** 标签值 */
  label_value?: string;
  /** 选项结构 */
  options?: TaobaoFeedflowItemCrowdPageOptionDto[];
}

/** `OptionDto` of `taobao.feedflow.item.crowd.page`. */
export interface TaobaoFeedflowItemCrowdPageOptionDto {
  /** 选项名称 */
  option_name?: string;
  /** 选项值 */
  option_value?: string;
  /** 选项描述 */
  option_desc?: string;
}

const REQUEST_SCHEMA = {
  crowd_query: {
    target_type_list: ['String'],
    adgroup_id: 'Number',
    page_size: 'Number',
    crowd_id: 'Number',
    status_list: ['String'],
    offset: 'Number',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    crowds: [
      {
        crowd_id: 'Number',
        crowd_name: 'String',
        crowd_desc: 'String',
        price: 'Number',
        campaign_id: 'Number',
        adgroup_id: 'Number',
        status: 'String',
        target_label: {
          label_id: 'Number',
          target_id: 'Number',
          target_type: 'String',
          label_name: 'String',
          label_desc: 'String',
          label_value: 'String',
          options: [
            {
              option_name: 'String',
              option_value: 'String',
              option_desc: 'String',
            },
          ],
        },
      },
    ],
    total_count: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.crowd.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCrowdPageOperation = {
  method: 'taobao.feedflow.item.crowd.page',
  responseRoot: 'feedflow_item_crowd_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询单品单元下人群列表 — calls TOP method `taobao.feedflow.item.crowd.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCrowdPage(
  client: TopClient,
  request: TaobaoFeedflowItemCrowdPageRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCrowdPageResponse> {
  return client.call<TaobaoFeedflowItemCrowdPageResponse>(
    {
      method: 'taobao.feedflow.item.crowd.page',
      responseRoot: 'feedflow_item_crowd_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

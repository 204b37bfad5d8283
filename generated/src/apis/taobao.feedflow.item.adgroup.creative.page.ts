// Generated from specs/feedflow/taobao.feedflow.item.adgroup.creative.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.creative.page` (信息流单元下查看创意). */
export interface TaobaoFeedflowItemAdgroupCreativePageRequest {
  /** 绑定查询条件 */
  creative_bind_query: TaobaoFeedflowItemAdgroupCreativePageCreativeBindQueryDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.creative.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupCreativePageResponse {
  /** 结果返回消息 */
  result?: TaobaoFeedflowItemAdgroupCreativePageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeBindQueryDto` of `taobao.feedflow.item.adgroup.creative.page`. */
export interface TaobaoFeedflowItemAdgroupCreativePageCreativeBindQueryDtoInput {
  /** 单元id */
  adgroup_id?: Int64Input;
  /** 分页页码 */
  page_size?: Int64Input;
  /** 分页起始位置 */
  offset?: Int64Input;
  /** 创意id列表 */
  creative_id_list?: Int64Input[];
  /** 创意名称 */
  creative_name?: string;
  /** 审核状态，W待审核，P审核通过，R审核拒绝 */
  audit_status?: string;
  /** 计划id */
  campaign_id?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.creative.page`. */
export interface TaobaoFeedflowItemAdgroupCreativePageResultDto {
  /** 消息 */
  message?: string;
  /** 绑定创意的列表 */
  creative_bind_list?: TaobaoFeedflowItemAdgroupCreativePageCreativeBindDto[];
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
  /** 总数目 */
  total_count?: Int64;
}

/** `CreativeBindDto` of `taobao.feedflow.item.adgroup.creative.page`. */
export interface TaobaoFeedflowItemAdgroupCreativePageCreativeBindDto {
  /** 创意id */
  creative_id?: Int64;
  /** 图片地址 */
  img_url?: string;
  /** 创意文案 */
  title?: string;
  /** 审核状态，W待审核，P审核通过，R审核拒绝 */
  audit_status?: string;
  /** 审核拒绝原因 */
  audit_reason?: string;
  /** 计划id */
  campaign_id?: Int64;
  /** 单元id */
  adgroup_id?: Int64;
  /** 创意名称 */
  creative_name?: string;
}

const REQUEST_SCHEMA = {
  creative_bind_query: {
    adgroup_id: 'Number',
    page_size: 'Number',
    offset: 'Number',
    creative_id_list: ['Number'],
    creative_name: 'String',
    audit_status: 'String',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    creative_bind_list: [
      {
        creative_id: 'Number',
        img_url: 'String',
        title: 'String',
        audit_status: 'String',
        audit_reason: 'String',
        campaign_id: 'Number',
        adgroup_id: 'Number',
        creative_name: 'String',
      },
    ],
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.creative.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupCreativePageOperation = {
  method: 'taobao.feedflow.item.adgroup.creative.page',
  responseRoot: 'feedflow_item_adgroup_creative_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流单元下查看创意 — calls TOP method `taobao.feedflow.item.adgroup.creative.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupCreativePage(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupCreativePageRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupCreativePageResponse> {
  return client.call<TaobaoFeedflowItemAdgroupCreativePageResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.creative.page',
      responseRoot: 'feedflow_item_adgroup_creative_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

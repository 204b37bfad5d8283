// Generated from specs/nrt/tmall.nrt.scene.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.scene.activity.query` (喵零场景活动查询). */
export interface TmallNrtSceneActivityQueryRequest {
  /** 业务身份 */
  biz_code: string;
  /** 活动id */
  activity_id: Int64Input;
}

/** Response of `tmall.nrt.scene.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtSceneActivityQueryResponse {
  /** 数据 */
  data?: TmallNrtSceneActivityQueryNrtSceneActivityDTO;
  /** 错误码 */
  errcode?: string;
  /** 是否成功 */
  succ?: boolean;
  /** 错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtSceneActivityDTO` of `tmall.nrt.scene.activity.query`. */
export interface TmallNrtSceneActivityQueryNrtSceneActivityDTO {
  /** 权益列表 */
  benefit_list?: TmallNrtSceneActivityQueryNrtBenefitDTO[];
  /** 业务身份 */
  biz_code?: string;
  /** 创建者id */
  creator_id?: string;
  /** 有价礼包活动对应的商品id */
  item_id?: Int64;
  /** 活动id */
  activity_id?: Int64;
  /** 扩展信息 */
  extra?: string;
  /** 活动名称 */
  name?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 活动类型 */
  activity_type?: string;
  /** 修改人id */
  modified_id?: string;
  /** 状态 */
  status?: Int64;
  /** 版本 */
  version?: Int64;
  /** 渠道 */
  channel_list?: TmallNrtSceneActivityQueryChannelDTO[];
}

/** `NrtBenefitDTO` of `tmall.nrt.scene.activity.query`. */
export interface TmallNrtSceneActivityQueryNrtBenefitDTO {
  /** 修改时间 */
  gmt_modified?: string;
  /** 权益类型 */
  benefit_type?: string;
  /** 中奖概率 */
  probability?: string;
  /** 业务身份 */
  biz_code?: string;
  /** 关联的权益模板id */
  out_relate_id?: Int64;
  /** 描述 */
  description?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 权益id */
  benefit_id?: Int64;
  /** 总数 */
  total_quantity?: Int64;
  /** 权益名称 */
  benefit_name?: string;
  /** 扩展信息 */
  extra?: string;
  /** 个人限领数 */
  person_limit_count?: Int64;
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 状态 */
  status?: Int64;
  /** 权益图片地址 */
  img_url?: string;
  /** 使用渠道 */
  use_channel?: Int64;
}

/** `ChannelDTO` of `tmall.nrt.scene.activity.query`. */
export interface TmallNrtSceneActivityQueryChannelDTO {
  /** 渠道编码 */
  channel_code?: string;
  /** 渠道名称 */
  channel_name?: string;
}

const REQUEST_SCHEMA = {
  biz_code: 'String',
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    benefit_list: [
      {
        gmt_modified: 'Date',
        benefit_type: 'String',
        probability: 'String',
        biz_code: 'String',
        out_relate_id: 'Number',
        description: 'String',
        gmt_create: 'Date',
        benefit_id: 'Number',
        total_quantity: 'Number',
        benefit_name: 'String',
        extra: 'String',
        person_limit_count: 'Number',
        start_time: 'Date',
        end_time: 'Date',
        status: 'Number',
        img_url: 'String',
        use_channel: 'Number',
      },
    ],
    biz_code: 'String',
    creator_id: 'String',
    item_id: 'Number',
    activity_id: 'Number',
    extra: 'String',
    name: 'String',
    start_time: 'String',
    end_time: 'String',
    activity_type: 'String',
    modified_id: 'String',
    status: 'Number',
    version: 'Number',
    channel_list: [
      {
        channel_code: 'String',
        channel_name: 'String',
      },
    ],
  },
  errcode: 'String',
  succ: 'Boolean',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.scene.activity.query`: method, response root, request and response schemas. */
export const tmallNrtSceneActivityQueryOperation = {
  method: 'tmall.nrt.scene.activity.query',
  responseRoot: 'tmall_nrt_scene_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零场景活动查询 — calls TOP method `tmall.nrt.scene.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtSceneActivityQuery(
  client: TopClient,
  request: TmallNrtSceneActivityQueryRequest,
  options?: CallOptions,
): Promise<TmallNrtSceneActivityQueryResponse> {
  return client.call<TmallNrtSceneActivityQueryResponse>(
    {
      method: 'tmall.nrt.scene.activity.query',
      responseRoot: 'tmall_nrt_scene_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/singletreasure/taobao.singletreasure.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.query` (查询活动列表接口). */
export interface TaobaoSingletreasureActivityQueryRequest {
  /** 查询对象 */
  query: TaobaoSingletreasureActivityQueryPageQueryDtoInput;
}

/** Response of `taobao.singletreasure.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityQueryResponse {
  /** 返回结果 */
  result?: TaobaoSingletreasureActivityQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageQueryDto` of `taobao.singletreasure.activity.query`. */
export interface TaobaoSingletreasureActivityQueryPageQueryDtoInput {
  /** 查询条件请求体 */
  query?: TaobaoSingletreasureActivityQueryActivityInfoListQueryDtoInput;
  /** 页码,最大为50 */
  page_size: Int64Input;
  /** 页数，从1开始 */
  page_number: Int64Input;
}

/** `ActivityInfoListQueryDto` of `taobao.singletreasure.activity.query`. */
export interface TaobaoSingletreasureActivityQueryActivityInfoListQueryDtoInput {
  /** 活动 id */
  activity_id?: Int64Input;
  /** 活动名称 */
  name?: string;
  /** 活动状态 删除：-1；暂停：0；未开始：1；进行中：2；已结束：3 */
  activity_status?: Int64Input;
}

/** `ResultDto` of `taobao.singletreasure.activity.query`. */
export interface TaobaoSingletreasureActivityQueryResultDto {
  /** 错误信息 */
  message?: string;
  /** 查询结果 */
  data_list?: TaobaoSingletreasureActivityQueryActivityInfo[];
  /** 错误编码 */
  code?: Int64;
  /** 系统执行是否成功 */
  success?: boolean;
  /** 页码 */
  page_number?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 返回结果个数 */
  size?: Int64;
}

/** `ActivityInfo` of `taobao.singletreasure.activity.query`. */
export interface TaobaoSingletreasureActivityQueryActivityInfo {
  /** 是否包邮 */
  free_post?: boolean;
  /** 创建时间 */
  created_time?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 不包邮地区 */
  exclude_areas?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 套餐 id */
  activity_id?: Int64;
  /** 折扣类型，1 为促销价，2 为打折，4 为减钱 */
  discount_type?: Int64;
  /** 套餐描述 */
  description?: string;
  /** 卖家 id */
  seller_id?: Int64;
  /** 套餐名称 */
  name?: string;
  /** 活动对应生效的人群 id */
  crowd_id?: string;
  /** 优惠类型，3 为 SKU 级优惠类型，1 为商品级优惠类型 */
  promotion_level?: Int64;
  /** 活动状态 */
  activity_status?: Int64;
}

const REQUEST_SCHEMA = {
  query: {
    query: {
      activity_id: 'Number',
      name: 'String',
      activity_status: 'Number',
    },
    page_size: 'Number',
    page_number: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data_list: [
      {
        free_post: 'Boolean',
        created_time: 'String',
        end_time: 'String',
        exclude_areas: 'String',
        start_time: 'String',
        activity_id: 'Number',
        discount_type: 'Number',
        description: 'String',
        seller_id: 'Number',
        name: 'String',
        crowd_id: 'String',
        promotion_level: 'Number',
        activity_status: 'Number',
      },
    ],
    code: 'Number',
    success: 'Boolean',
    page_number: 'Number',
    total_count: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.query`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityQueryOperation = {
  method: 'taobao.singletreasure.activity.query',
  responseRoot: 'singletreasure_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动列表接口 — calls TOP method `taobao.singletreasure.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityQuery(
  client: TopClient,
  request: TaobaoSingletreasureActivityQueryRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityQueryResponse> {
  return client.call<TaobaoSingletreasureActivityQueryResponse>(
    {
      method: 'taobao.singletreasure.activity.query',
      responseRoot: 'singletreasure_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

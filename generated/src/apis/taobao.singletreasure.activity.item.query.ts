// Generated from specs/singletreasure/taobao.singletreasure.activity.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.item.query` (查询活动下的优惠信息). */
export interface TaobaoSingletreasureActivityItemQueryRequest {
  /** 活动Id */
  activity_id: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
  /** 页码 */
  page_number: Int64Input;
}

/** Response of `taobao.singletreasure.activity.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityItemQueryResponse {
  /** 返回结果 */
  result?: TaobaoSingletreasureActivityItemQueryPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageResultDto` of `taobao.singletreasure.activity.item.query`. */
export interface TaobaoSingletreasureActivityItemQueryPageResultDto {
  /** 系统信息 */
  message?: string;
  /** 总数 */
  total_count?: Int64;
  /** 查询结果 */
  data_list?: TaobaoSingletreasureActivityItemQueryItemDetailInfo[];
  /** 页码 */
  page_number?: Int64;
  /** 系统编码 */
  code?: Int64;
  /** 系统执行成功与否 */
  success?: boolean;
  /** 返回数量个数 */
  size?: Int64;
}

/** `ItemDetailInfo` of `taobao.singletreasure.activity.item.query`. */
export interface TaobaoSingletreasureActivityItemQueryItemDetailInfo {
  /** 限购数 */
  limit_check?: Int64;
  /** 是否包邮 */
  free_post?: boolean;
  /** 活动结束时间 */
  end_time?: string;
  /** 不包邮地区 */
  exclude_areas?: string;
  /** 抹分与否 */
  is_discard_fen?: boolean;
  /** 活动 id */
  activity_id?: Int64;
  /** 活动开始时间 */
  start_time?: string;
  /** 折扣类型，1 为促销价，2 为打折，4 为减钱 */
  discount_type?: Int64;
  /** 活动名称 */
  name?: string;
  /** 猫客对应折扣 */
  mk_discount?: Int64;
  /** 优惠类型，1 为商品级优惠，3 为 SKU 级优惠 */
  promotion_level?: Int64;
  /** 状态，-1 删除，0 暂停，1 征程 */
  status?: Int64;
  /** 宝贝 id */
  item_id?: Int64;
  /** 折扣类型，1 为促销价，2 为打折，4 为减钱 */
  discount?: Int64;
  /** 价格 */
  price?: Int64;
  /** 是否取整 */
  is_math_floor?: boolean;
  /** 对应的人群 id */
  crowd_id?: string;
  /** id */
  detail_id?: Int64;
  /** skuId */
  sku_id?: Int64;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  page_size: 'Number',
  page_number: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    total_count: 'Number',
    data_list: [
      {
        limit_check: 'Number',
        free_post: 'Boolean',
        end_time: 'String',
        exclude_areas: 'String',
        is_discard_fen: 'Boolean',
        activity_id: 'Number',
        start_time: 'String',
        discount_type: 'Number',
        name: 'String',
        mk_discount: 'Number',
        promotion_level: 'Number',
        status: 'Number',
        item_id: 'Number',
        discount: 'Number',
        price: 'Number',
        is_math_floor: 'Boolean',
        crowd_id: 'String',
        detail_id: 'Number',
        sku_id: 'Number',
      },
    ],
    page_number: 'Number',
    code: 'Number',
    success: 'Boolean',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.item.query`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityItemQueryOperation = {
  method: 'taobao.singletreasure.activity.item.query',
  responseRoot: 'singletreasure_activity_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动下的优惠信息 — calls TOP method `taobao.singletreasure.activity.item.query`.
 *
 * 分页查询活动下的商品优惠信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityItemQuery(
  client: TopClient,
  request: TaobaoSingletreasureActivityItemQueryRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityItemQueryResponse> {
  return client.call<TaobaoSingletreasureActivityItemQueryResponse>(
    {
      method: 'taobao.singletreasure.activity.item.query',
      responseRoot: 'singletreasure_activity_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

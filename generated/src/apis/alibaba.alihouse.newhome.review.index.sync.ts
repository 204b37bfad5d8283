// Generated from specs/alihouse/alibaba.alihouse.newhome.review.index.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.review.index.sync` (新测评乐居指数接口). */
export interface AlibabaAlihouseNewhomeReviewIndexSyncRequest {
  /** 实体类 */
  sync_project_new_review_index_dto: AlibabaAlihouseNewhomeReviewIndexSyncSyncProjectNewReviewIndexDtoInput;
}

/** Response of `alibaba.alihouse.newhome.review.index.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeReviewIndexSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeReviewIndexSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncProjectNewReviewIndexDto` of `alibaba.alihouse.newhome.review.index.sync`. */
export interface AlibabaAlihouseNewhomeReviewIndexSyncSyncProjectNewReviewIndexDtoInput {
  /** 外部id */
  outer_id: string;
  /** 外部指数id */
  outer_index_id: Int64Input;
  /** 城市id */
  city_id: Int64Input;
  /** 城市名称 */
  city_name: string;
  /** 楼盘区位分数 */
  location_score: string;
  /** 楼盘交通分数 */
  traffic_score: string;
  /** 楼盘生产力分数 */
  product_force_score: string;
  /** 楼盘配套分数 */
  matched_score: string;
  /** 楼盘户型分数 */
  house_type_score: string;
  /** 楼盘总分 */
  house_score: string;
  /** 楼盘区位星级 */
  location_level: string;
  /** 楼盘交通星级 */
  traffic_level: string;
  /** 楼盘产品力星级 */
  product_force_level: string;
  /** 楼盘配套星级 */
  matched_level: string;
  /** 楼盘户型星级 */
  house_type_level: string;
  /** 楼盘星级 */
  house_level: string;
  /** 1有效0无效 */
  status: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.review.index.sync`. */
export interface AlibabaAlihouseNewhomeReviewIndexSyncResult {
  /** 返回素材id */
  data?: Int64;
  /** true或false */
  is_success?: boolean;
  /** 返回信息 */
  msg?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  sync_project_new_review_index_dto: {
    outer_id: 'String',
    outer_index_id: 'Number',
    city_id: 'Number',
    city_name: 'String',
    location_score: 'String',
    traffic_score: 'String',
    product_force_score: 'String',
    matched_score: 'String',
    house_type_score: 'String',
    house_score: 'String',
    location_level: 'String',
    traffic_level: 'String',
    product_force_level: 'String',
    matched_level: 'String',
    house_type_level: 'String',
    house_level: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    is_success: 'Boolean',
    msg: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.review.index.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeReviewIndexSyncOperation = {
  method: 'alibaba.alihouse.newhome.review.index.sync',
  responseRoot: 'alibaba_alihouse_newhome_review_index_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新测评乐居指数接口 — calls TOP method `alibaba.alihouse.newhome.review.index.sync`.
 *
 * 新测评乐居指数同步数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeReviewIndexSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeReviewIndexSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeReviewIndexSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeReviewIndexSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.review.index.sync',
      responseRoot: 'alibaba_alihouse_newhome_review_index_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

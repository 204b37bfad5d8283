// Generated from specs/alihouse/alibaba.alihouse.newhome.review.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.review.sync` (天猫好房楼盘评测同步). */
export interface AlibabaAlihouseNewhomeReviewSyncRequest {
  /** 测评草稿信息 */
  review: AlibabaAlihouseNewhomeReviewSyncProjectReviewDraftDtoInput;
}

/** Response of `alibaba.alihouse.newhome.review.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeReviewSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeReviewSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectReviewDraftDto` of `alibaba.alihouse.newhome.review.sync`. */
export interface AlibabaAlihouseNewhomeReviewSyncProjectReviewDraftDtoInput {
  /** 楼盘id */
  outer_id: string;
  /** 外部测评id */
  outer_review_id: string;
  /** 菜鸟城市id */
  city_id: Int64Input;
  /** 区域描述 */
  district_desc: string;
  /** 板块描述 */
  block_desc: string;
  /** 轨道交通 */
  subway_desc?: string;
  /** 自驾道路 */
  main_road: string;
  /** 教育配套 */
  edu_source: string;
  /** 医疗配套 */
  medical_source: string;
  /** 其他配套 */
  other_source: string;
  /** 价格现状 */
  now_price: string;
  /** 价格潜力 */
  potential_price: string;
  /** 户型分析 */
  house_type_analysis: string;
  /** 样板房细节 */
  model_house?: string;
  /** 公共交通 */
  public_traffic: string;
  /** 亮点 */
  lights: string;
  /** 项目不足 */
  defect?: string;
  /** 状态 1有效0 无效 */
  status: Int64Input;
  /** 发布时间 时间格式 yyyy-MM-dd HH:mm:ss */
  publish_time: string;
  /** 1测试数据 0正常数据 */
  is_test: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.review.sync`. */
export interface AlibabaAlihouseNewhomeReviewSyncResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 返回素材id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  review: {
    outer_id: 'String',
    outer_review_id: 'String',
    city_id: 'Number',
    district_desc: 'String',
    block_desc: 'String',
    subway_desc: 'String',
    main_road: 'String',
    edu_source: 'String',
    medical_source: 'String',
    other_source: 'String',
    now_price: 'String',
    potential_price: 'String',
    house_type_analysis: 'String',
    model_house: 'String',
    public_traffic: 'String',
    lights: 'String',
    defect: 'String',
    status: 'Number',
    publish_time: 'String',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.review.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeReviewSyncOperation = {
  method: 'alibaba.alihouse.newhome.review.sync',
  responseRoot: 'alibaba_alihouse_newhome_review_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫好房楼盘评测同步 — calls TOP method `alibaba.alihouse.newhome.review.sync`.
 *
 * 接受楼盘测评图文信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeReviewSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeReviewSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeReviewSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeReviewSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.review.sync',
      responseRoot: 'alibaba_alihouse_newhome_review_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihouse/alibaba.alihouse.newhome.new.review.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.new.review.sync` (新测评基础信息接口). */
export interface AlibabaAlihouseNewhomeNewReviewSyncRequest {
  /** 测评数据实体类 */
  sync_project_new_review_draft_dto: AlibabaAlihouseNewhomeNewReviewSyncSyncProjectNewReviewDraftDtoInput;
}

/** Response of `alibaba.alihouse.newhome.new.review.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeNewReviewSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeNewReviewSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncProjectNewReviewDraftDto` of `alibaba.alihouse.newhome.new.review.sync`. */
export interface AlibabaAlihouseNewhomeNewReviewSyncSyncProjectNewReviewDraftDtoInput {
  /** 头像 */
  head: string;
  /** 是否是测试数据 */
  is_test: Int64Input;
  /** 外部测评id */
  outer_review_id: string;
  /** 发布时间 */
  publish_time: string;
  /** 状态 */
  status: Int64Input;
  /** 项目不足 */
  defect?: string;
  /** 项目亮点 */
  lights: string;
  /** 公共交通 */
  public_traffic: string;
  /** 样板房细节 */
  model_house?: string;
  /** 户型分析描述 */
  house_type_analysis: string;
  /** 价格潜力 */
  potential_price: string;
  /** 价格现状 */
  now_price: string;
  /** 其他配套 */
  other_source: string;
  /** 医疗配套 */
  medical_source: string;
  /** 教育配套 */
  edu_source?: string;
  /** 自驾道路 */
  main_road: string;
  /** 轨道交通 */
  subway_desc?: string;
  /** 板块描述 */
  block_desc: string;
  /** 区域描述 */
  district_desc: string;
  /** 城市id */
  city_id: Int64Input;
  /** 外部id */
  outer_id: string;
  /** 自定义配套 */
  custom_source?: string;
  /** 生活配套描述 */
  live_source_desc: string;
  /** 交通出行描述 */
  traffic_travel_desc: string;
  /** 产品特色 */
  product_feature: string;
  /** 产品特色描述 */
  product_feature_desc: string;
  /** 区域板块描述 */
  district_block_desc: string;
  /** 适合人群 */
  suitable_people: string;
  /** 项目描述 */
  project_desc: string;
  /** 昵称 */
  nick_name?: string;
  /** 描述 */
  describe?: string;
  /** 姓名 */
  name: string;
  /** 外部视频id */
  outer_video_id?: Int64Input;
  /** 户型需要支持多组（1-5组） */
  house_multiple: string;
  /** 是否展示价格走势模块开关 */
  price_trend: Int64Input;
  /** 价格描述 */
  price_desc: string;
  /** 公园配套 */
  park_source?: string;
  /** 唯一id */
  unique_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.new.review.sync`. */
export interface AlibabaAlihouseNewhomeNewReviewSyncResult {
  /** code */
  code?: string;
  /** msg */
  msg?: string;
  /** true或false */
  is_success?: boolean;
  /** 返回素材id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  sync_project_new_review_draft_dto: {
    head: 'String',
    is_test: 'Number',
    outer_review_id: 'String',
    publish_time: 'String',
    status: 'Number',
    defect: 'String',
    lights: 'String',
    public_traffic: 'String',
    model_house: 'String',
    house_type_analysis: 'String',
    potential_price: 'String',
    now_price: 'String',
    other_source: 'String',
    medical_source: 'String',
    edu_source: 'String',
    main_road: 'String',
    subway_desc: 'String',
    block_desc: 'String',
    district_desc: 'String',
    city_id: 'Number',
    outer_id: 'String',
    custom_source: 'String',
    live_source_desc: 'String',
    traffic_travel_desc: 'String',
    product_feature: 'String',
    product_feature_desc: 'String',
    district_block_desc: 'String',
    suitable_people: 'String',
    project_desc: 'String',
    nick_name: 'String',
    describe: 'String',
    name: 'String',
    outer_video_id: 'Number',
    house_multiple: 'String',
    price_trend: 'Number',
    price_desc: 'String',
    park_source: 'String',
    unique_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.new.review.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeNewReviewSyncOperation = {
  method: 'alibaba.alihouse.newhome.new.review.sync',
  responseRoot: 'alibaba_alihouse_newhome_new_review_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新测评基础信息接口 — calls TOP method `alibaba.alihouse.newhome.new.review.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeNewReviewSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeNewReviewSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeNewReviewSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeNewReviewSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.new.review.sync',
      responseRoot: 'alibaba_alihouse_newhome_new_review_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

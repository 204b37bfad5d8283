// Generated from specs/aetask/aliexpress.interactive.task.delivery.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.interactive.task.delivery.query` (AE互动任务投放). */
export interface AliexpressInteractiveTaskDeliveryQueryRequest {
  /** 返回结果 */
  request_dto?: AliexpressInteractiveTaskDeliveryQueryQueryDeliveryRequestDtoInput;
}

/** Response of `aliexpress.interactive.task.delivery.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressInteractiveTaskDeliveryQueryResponse {
  /** 服务返回接口 */
  results?: AliexpressInteractiveTaskDeliveryQueryResult[];
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryDeliveryRequestDto` of `aliexpress.interactive.task.delivery.query`. */
export interface AliexpressInteractiveTaskDeliveryQueryQueryDeliveryRequestDtoInput {
  /** 0:不展示预热 1：展示预热 */
  pre_display?: Int64Input;
  /** 投放场景id */
  scene_id: Int64Input;
  /** 用户版本信息 */
  ttid: string;
  /** 语言 */
  language: string;
  /** 国家 */
  country: string;
  /** 准入key */
  project_app_key: string;
}

/** `Result` of `aliexpress.interactive.task.delivery.query`. */
export interface AliexpressInteractiveTaskDeliveryQueryResult {
  /** 响应时间戳 */
  date_begin?: string;
  /** 预热展示标识 */
  pre_display?: boolean;
  /** 风险等级 */
  security_level?: string;
  /** 展示排序 */
  order_delivery?: Int64;
  /** 物料集合 */
  materials?: AliexpressInteractiveTaskDeliveryQueryMaterials[];
  /** 分组id */
  group_id?: Int64;
  /** 结束时间 */
  date_end?: Int64;
}

/** `Materials` of `aliexpress.interactive.task.delivery.query`. */
export interface AliexpressInteractiveTaskDeliveryQueryMaterials {
  /** 物料类型：shop/item/url */
  material_url_type?: string;
  /** 物料url */
  material_url?: string;
  /** 未兑换记录 */
  un_issue_record?: string;
  /** 利益点 */
  interest_num?: Int64;
  /** 扩展待用 */
  detail_ids?: string;
  /** 是否原地跳转 */
  browse_zero_flag?: boolean;
  /** 幂等id */
  idempotent_id?: string;
  /** 未完成图标 */
  icon4_un_finish?: string;
  /** 参与记录id */
  task_instance_id?: Int64;
  /** 扩展字段 */
  extend_info?: string;
  /** 任务类型：0浏览 */
  type?: Int64;
  /** 任务状态 */
  instance_status?: Int64;
  /** 完成图标 */
  icon4_finished?: string;
  /** 配置项 */
  behavior_config?: string;
  /** 算法打点标志 */
  trace?: string;
  /** 分组排序 */
  order_group?: Int64;
  /** 已参与次数 */
  times_joined?: Int64;
  /** 物料id */
  material_config_id?: Int64;
  /** 主标题 */
  main_title?: string;
  /** 副标题 */
  second_title?: string;
  /** 图标 */
  icon_url?: string;
  /** 可玩次数 */
  times_limit?: Int64;
  /** 任务id */
  task_id?: Int64;
}

const REQUEST_SCHEMA = {
  request_dto: {
    pre_display: 'Number',
    scene_id: 'Number',
    ttid: 'String',
    language: 'String',
    country: 'String',
    project_app_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      date_begin: 'String',
      pre_display: 'Boolean',
      security_level: 'String',
      order_delivery: 'Number',
      materials: [
        {
          material_url_type: 'String',
          material_url: 'String',
          un_issue_record: 'String',
          interest_num: 'Number',
          detail_ids: 'String',
          browse_zero_flag: 'Boolean',
          idempotent_id: 'String',
          icon4_un_finish: 'String',
          task_instance_id: 'Number',
          extend_info: 'String',
          type: 'Number',
          instance_status: 'Number',
          icon4_finished: 'String',
          behavior_config: 'String',
          trace: 'String',
          order_group: 'Number',
          times_joined: 'Number',
          material_config_id: 'Number',
          main_title: 'String',
          second_title: 'String',
          icon_url: 'String',
          times_limit: 'Number',
          task_id: 'Number',
        },
      ],
      group_id: 'Number',
      date_end: 'Number',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.interactive.task.delivery.query`: method, response root, request and response schemas. */
export const aliexpressInteractiveTaskDeliveryQueryOperation = {
  method: 'aliexpress.interactive.task.delivery.query',
  responseRoot: 'aliexpress_interactive_task_delivery_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AE互动任务投放 — calls TOP method `aliexpress.interactive.task.delivery.query`.
 *
 * 将内部配置好的任务，如浏览商品，店铺投放给外部ISV
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressInteractiveTaskDeliveryQuery(
  client: TopClient,
  request: AliexpressInteractiveTaskDeliveryQueryRequest = {},
  options?: CallOptions,
): Promise<AliexpressInteractiveTaskDeliveryQueryResponse> {
  return client.call<AliexpressInteractiveTaskDeliveryQueryResponse>(
    {
      method: 'aliexpress.interactive.task.delivery.query',
      responseRoot: 'aliexpress_interactive_task_delivery_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

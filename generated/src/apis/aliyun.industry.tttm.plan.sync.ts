// Generated from specs/tttm/aliyun.industry.tttm.plan.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.industry.tttm.plan.sync` (天天特卖生产计划单同步). */
export interface AliyunIndustryTttmPlanSyncRequest {
  /** 计划单 */
  sync_plan?: AliyunIndustryTttmPlanSyncSyncPlanDtoInput;
}

/** Response of `aliyun.industry.tttm.plan.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunIndustryTttmPlanSyncResponse {
  /** 状态 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncPlanDto` of `aliyun.industry.tttm.plan.sync`. */
export interface AliyunIndustryTttmPlanSyncSyncPlanDtoInput {
  /** 工单 */
  sync_work_d_t_os?: AliyunIndustryTttmPlanSyncWorkSyncDtoInput[];
  /** 计划完成 */
  finish_time?: DateInput;
  /** 订单 */
  order_id?: string;
  /** 联系人 */
  contact_name?: string;
  /** 计划单id */
  plan_id?: string;
  /** 计划开始 */
  start_time?: DateInput;
  /** 联系人电话 */
  contact_tel?: string;
}

/** `WorkSyncDto` of `aliyun.industry.tttm.plan.sync`. */
export interface AliyunIndustryTttmPlanSyncWorkSyncDtoInput {
  /** 工单ID */
  work_id?: string;
  /** 货品 */
  product_code?: string;
  /** 计划产量 */
  plan_num?: string;
  /** 生产节点 */
  produce_links?: string[];
  /** 生产状态 */
  produce_status?: Int64Input;
  /** 工单开始 */
  start_time?: DateInput;
  /** 工单结束 */
  finish_time?: DateInput;
}

const REQUEST_SCHEMA = {
  sync_plan: {
    sync_work_d_t_os: [
      {
        work_id: 'String',
        product_code: 'String',
        plan_num: 'String',
        produce_links: ['String'],
        produce_status: 'Number',
        start_time: 'Date',
        finish_time: 'Date',
      },
    ],
    finish_time: 'Date',
    order_id: 'String',
    contact_name: 'String',
    plan_id: 'String',
    start_time: 'Date',
    contact_tel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.industry.tttm.plan.sync`: method, response root, request and response schemas. */
export const aliyunIndustryTttmPlanSyncOperation = {
  method: 'aliyun.industry.tttm.plan.sync',
  responseRoot: 'aliyun_industry_tttm_plan_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天天特卖生产计划单同步 — calls TOP method `aliyun.industry.tttm.plan.sync`.
 *
 * ERP系统向天天特卖同步生产计划单的数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunIndustryTttmPlanSync(
  client: TopClient,
  request: AliyunIndustryTttmPlanSyncRequest = {},
  options?: CallOptions,
): Promise<AliyunIndustryTttmPlanSyncResponse> {
  return client.call<AliyunIndustryTttmPlanSyncResponse>(
    {
      method: 'aliyun.industry.tttm.plan.sync',
      responseRoot: 'aliyun_industry_tttm_plan_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

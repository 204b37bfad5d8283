// Generated from specs/idleparttime/alibaba.idle.parttime.jobsync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.parttime.jobsync` (兼职岗位同步). */
export interface AlibabaIdleParttimeJobsyncRequest {
  /**
   * 岗位列表
   *
   * Max list size: 999
   */
  job_list: AlibabaIdleParttimeJobsyncPartTimeJobInput[];
  /** 同步数据的时间 */
  sync_time: Int64Input;
}

/** Response of `alibaba.idle.parttime.jobsync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleParttimeJobsyncResponse {
  /** 请求是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PartTimeJob` of `alibaba.idle.parttime.jobsync`. */
export interface AlibabaIdleParttimeJobsyncPartTimeJobInput {
  /** 商品标题: 职位在 Feed 流中展示的标题, */
  job_item_title: string;
  /** 岗位种类: 该兼职信息的性质 */
  job_type: string;
  /** 岗位名称: 该兼职岗位的名称 */
  job_title: string;
  /** 工资 */
  salary: string;
  /** 支付方式, 支付宝/微信/现金等 */
  pay_way: string;
  /** 工作地点 */
  location: string;
  /** 招聘人数 */
  recruit_count: Int64Input;
  /** 工作描述 */
  job_description: string;
  /** 津贴 */
  royalties: string;
  /** 工作时长 */
  work_duration: string;
  /** 工作时间 */
  work_time: string;
  /** 招聘公司 */
  company: string;
  /** 岗位id */
  job_id: Int64Input;
  /** 招聘公司描述 */
  company_description: string;
  /** 企业logo, 是一个图片的URL */
  company_logo: string;
  /** 岗位具体的要求和要求的类型 */
  job_requirements: AlibabaIdleParttimeJobsyncPartTimeRequireSchemaInput[];
  /** 工作点点的经纬度 */
  gps: string;
  /** 岗位类目 */
  category: string;
  /** 联系人手机号码 */
  contact_phone: string;
  /** 岗位是否新增, 0: 是 1: 否 */
  is_add: Int64Input;
  /** 是否显示"取消报名" 0: 显示 1: 不显示 */
  show_cancel: Int64Input;
  /** 是否可以主动联系商家, 0: 可以, 1: 不可以 */
  contact_merchant: Int64Input;
  /** 发布岗位的经纬度 */
  publish_gps: string;
}

/** `PartTimeRequireSchema` of `alibaba.idle.parttime.jobsync`. */
export interface AlibabaIdleParttimeJobsyncPartTimeRequireSchemaInput {
  /** 要求 */
  description: string;
  /** 类型, 1:文本 2: 图片 */
  type: Int64Input;
  /** 要求描述 */
  requirement: string;
}

const REQUEST_SCHEMA = {
  job_list: [
    {
      job_item_title: 'String',
      job_type: 'String',
      job_title: 'String',
      salary: 'String',
      pay_way: 'String',
      location: 'String',
      recruit_count: 'Number',
      job_description: 'String',
      royalties: 'String',
      work_duration: 'String',
      work_time: 'String',
      company: 'String',
      job_id: 'Number',
      company_description: 'String',
      company_logo: 'String',
      job_requirements: [
        {
          description: 'String',
          type: 'Number',
          requirement: 'String',
        },
      ],
      gps: 'String',
      category: 'String',
      contact_phone: 'String',
      is_add: 'Number',
      show_cancel: 'Number',
      contact_merchant: 'Number',
      publish_gps: 'String',
    },
  ],
  sync_time: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.parttime.jobsync`: method, response root, request and response schemas. */
export const alibabaIdleParttimeJobsyncOperation = {
  method: 'alibaba.idle.parttime.jobsync',
  responseRoot: 'alibaba_idle_parttime_jobsync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 兼职岗位同步 — calls TOP method `alibaba.idle.parttime.jobsync`.
 *
 * 服务商同步岗位信息给闲鱼
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleParttimeJobsync(
  client: TopClient,
  request: AlibabaIdleParttimeJobsyncRequest,
  options?: CallOptions,
): Promise<AlibabaIdleParttimeJobsyncResponse> {
  return client.call<AlibabaIdleParttimeJobsyncResponse>(
    {
      method: 'alibaba.idle.parttime.jobsync',
      responseRoot: 'alibaba_idle_parttime_jobsync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

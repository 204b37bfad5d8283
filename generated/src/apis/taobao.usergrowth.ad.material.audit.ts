// Generated from specs/usergrowth2/taobao.usergrowth.ad.material.audit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.ad.material.audit` (素材审核). */
export interface TaobaoUsergrowthAdMaterialAuditRequest {
  /** 投放场景 */
  biz_type: Int64Input;
  /** 素材卖点 */
  scenario_type: Int64Input;
  /** 创意id */
  outer_creative_id: string;
  /** 长文案 */
  title?: string;
  /** 图片url */
  img_url?: string;
  /** H5落地页链接 */
  h5_url?: string;
  /** 广告类型1 线上硬广；2 达人私域；3 线下；4 厂商生态 */
  ad_type: Int64Input;
  /** 视频url */
  video_url?: string;
  /** 短文案 */
  sub_title?: string;
  /** 创意类型,1 图片；2 视频 */
  creative_type: Int64Input;
  /** dp链接 */
  dp_url?: string;
  /** 应用id 1 手淘 */
  app_id: Int64Input;
  /** 渠道id */
  channel_id: Int64Input;
  /** 任务id */
  task_id: Int64Input;
  /** 热点事件 */
  hot_event: Int64Input;
  /** 格式为：自定义名称-序号-商品id */
  specific_file_name?: string;
}

/** Response of `taobao.usergrowth.ad.material.audit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthAdMaterialAuditResponse {
  /** 参数错误 */
  response_code?: Int64;
  /** 新增创意id */
  data?: Int64;
  /** 错误信息 */
  message?: string;
  /** 请求是否成功 */
  successful?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'Number',
  scenario_type: 'Number',
  outer_creative_id: 'String',
  title: 'String',
  img_url: 'String',
  h5_url: 'String',
  ad_type: 'Number',
  video_url: 'String',
  sub_title: 'String',
  creative_type: 'Number',
  dp_url: 'String',
  app_id: 'Number',
  channel_id: 'Number',
  task_id: 'Number',
  hot_event: 'Number',
  specific_file_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'Number',
  data: 'Number',
  message: 'String',
  successful: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.ad.material.audit`: method, response root, request and response schemas. */
export const taobaoUsergrowthAdMaterialAuditOperation = {
  method: 'taobao.usergrowth.ad.material.audit',
  responseRoot: 'usergrowth_ad_material_audit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 素材审核 — calls TOP method `taobao.usergrowth.ad.material.audit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthAdMaterialAudit(
  client: TopClient,
  request: TaobaoUsergrowthAdMaterialAuditRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthAdMaterialAuditResponse> {
  return client.call<TaobaoUsergrowthAdMaterialAuditResponse>(
    {
      method: 'taobao.usergrowth.ad.material.audit',
      responseRoot: 'usergrowth_ad_material_audit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

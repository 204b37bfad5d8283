// Generated from specs/usergrowth2/taobao.usergrowth.ad.media.data.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.ad.media.data.sync` (媒体资源位投放效果数据回传). */
export interface TaobaoUsergrowthAdMediaDataSyncRequest {
  /** 统计日期 */
  stat_date: DateInput;
  /** 转化 */
  transform: Int64Input;
  /** 消耗 */
  cost?: Int64Input;
  /** 曝光 */
  exposure: Int64Input;
  /** 操作系统 */
  device_os?: Int64Input;
  /** 其他媒体 */
  other_media?: string;
  /** 资源位 */
  ad_placement?: string;
  /** 媒体 */
  media_code: string;
  /** 点击 */
  click: Int64Input;
  /** 任务id */
  task_id: Int64Input;
  /** 渠道id */
  channel_id: Int64Input;
}

/** Response of `taobao.usergrowth.ad.media.data.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthAdMediaDataSyncResponse {
  /** 参数错误 */
  response_code?: Int64;
  /** 新增媒体数据成功 */
  data?: boolean;
  /** 错误信息 */
  message?: string;
  /** 请求是否成功 */
  successful?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  stat_date: 'Date',
  transform: 'Number',
  cost: 'Number',
  exposure: 'Number',
  device_os: 'Number',
  other_media: 'String',
  ad_placement: 'String',
  media_code: 'String',
  click: 'Number',
  task_id: 'Number',
  channel_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'Number',
  data: 'Boolean',
  message: 'String',
  successful: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.ad.media.data.sync`: method, response root, request and response schemas. */
export const taobaoUsergrowthAdMediaDataSyncOperation = {
  method: 'taobao.usergrowth.ad.media.data.sync',
  responseRoot: 'usergrowth_ad_media_data_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 媒体资源位投放效果数据回传 — calls TOP method `taobao.usergrowth.ad.media.data.sync`.
 *
 * 创意维度广告效果数据回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthAdMediaDataSync(
  client: TopClient,
  request: TaobaoUsergrowthAdMediaDataSyncRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthAdMediaDataSyncResponse> {
  return client.call<TaobaoUsergrowthAdMediaDataSyncResponse>(
    {
      method: 'taobao.usergrowth.ad.media.data.sync',
      responseRoot: 'usergrowth_ad_media_data_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/usergrowth2/taobao.usergrowth.ad.material.data.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.ad.material.data.sync` (素材投放效果数据回传). */
export interface TaobaoUsergrowthAdMaterialDataSyncRequest {
  /** 素材url */
  material_url: string;
  /** 统计日期 */
  stat_date: DateInput;
  /** 消耗 */
  cost?: Int64Input;
  /** 文件md5 */
  signature: string;
  /** 操作系统 */
  device_os?: Int64Input;
  /** 素材编码 */
  material_code?: string;
  /** 其他媒体 */
  other_media?: string;
  /** 资源位 */
  ad_placement?: string;
  /** 点击 */
  click: Int64Input;
  /** 曝光 */
  exposure: Int64Input;
  /** 媒体 */
  media_code: string;
  /** 渠道id */
  channel_id: Int64Input;
  /** 任务id */
  task_id: Int64Input;
}

/** Response of `taobao.usergrowth.ad.material.data.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthAdMaterialDataSyncResponse {
  /** 错误码 */
  response_code?: Int64;
  /** 数据处理成功 */
  data?: boolean;
  /** 错误描述 */
  message?: string;
  /** 请求是否成功 */
  successful?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  material_url: 'String',
  stat_date: 'Date',
  cost: 'Number',
  signature: 'String',
  device_os: 'Number',
  material_code: 'String',
  other_media: 'String',
  ad_placement: 'String',
  click: 'Number',
  exposure: 'Number',
  media_code: 'String',
  channel_id: 'Number',
  task_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'Number',
  data: 'Boolean',
  message: 'String',
  successful: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.ad.material.data.sync`: method, response root, request and response schemas. */
export const taobaoUsergrowthAdMaterialDataSyncOperation = {
  method: 'taobao.usergrowth.ad.material.data.sync',
  responseRoot: 'usergrowth_ad_material_data_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 素材投放效果数据回传 — calls TOP method `taobao.usergrowth.ad.material.data.sync`.
 *
 * 创意维度广告效果数据回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthAdMaterialDataSync(
  client: TopClient,
  request: TaobaoUsergrowthAdMaterialDataSyncRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthAdMaterialDataSyncResponse> {
  return client.call<TaobaoUsergrowthAdMaterialDataSyncResponse>(
    {
      method: 'taobao.usergrowth.ad.material.data.sync',
      responseRoot: 'usergrowth_ad_material_data_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

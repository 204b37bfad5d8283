// Generated from specs/autonavi/alibaba.autonavi.api.trafficboard.image.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.autonavi.api.trafficboard.image.get` (交通看板-栅格情报获取). */
export interface AlibabaAutonaviApiTrafficboardImageGetRequest {
  /** 设备id, 按照userid 的配置，决定是否需要 */
  deviceid: string;
  /** 批次,终端批次，按照userid 的配置，决定是否需要 */
  batch?: string;
  /** 图片 id */
  panelid: string;
  /** 图像尺寸（可选）,默认尺寸为原始大小(960x600) 参数为:width x height (例如:960x600),参数不正确时返回原始大小 */
  size?: string;
  /** 是否为宽高等比例（可选）,参数值 true（默认）,表示宽高等比例缩放 false: 按请求尺寸缩放 */
  whscale?: string;
  /** 城市编码 */
  adcodes: string;
}

/** Response of `alibaba.autonavi.api.trafficboard.image.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAutonaviApiTrafficboardImageGetResponse {
  /** 二进制图片流(png) */
  resp_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  deviceid: 'String',
  batch: 'String',
  panelid: 'String',
  size: 'String',
  whscale: 'String',
  adcodes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: 'byte[]',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.autonavi.api.trafficboard.image.get`: method, response root, request and response schemas. */
export const alibabaAutonaviApiTrafficboardImageGetOperation = {
  method: 'alibaba.autonavi.api.trafficboard.image.get',
  responseRoot: 'alibaba_autonavi_api_trafficboard_image_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交通看板-栅格情报获取 — calls TOP method `alibaba.autonavi.api.trafficboard.image.get`.
 *
 * 获取指定情报板ID的二进制数据（图片）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAutonaviApiTrafficboardImageGet(
  client: TopClient,
  request: AlibabaAutonaviApiTrafficboardImageGetRequest,
  options?: CallOptions,
): Promise<AlibabaAutonaviApiTrafficboardImageGetResponse> {
  return client.call<AlibabaAutonaviApiTrafficboardImageGetResponse>(
    {
      method: 'alibaba.autonavi.api.trafficboard.image.get',
      responseRoot: 'alibaba_autonavi_api_trafficboard_image_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

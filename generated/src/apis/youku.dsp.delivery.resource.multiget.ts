// Generated from specs/youkudsp/youku.dsp.delivery.resource.multiget.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.dsp.delivery.resource.multiget` (优酷实时批量获取可投放设备资源). */
export interface YoukuDspDeliveryResourceMultigetRequest {
  /** 渠道id */
  channel_id: Int64Input;
  /** 子渠道id */
  sub_channel_id?: Int64Input;
  /** 设备id串(md5加密)，多个设备逗号隔开 */
  device_ids: string;
  /** 设备类型imei或者idfa */
  device_id_type: string;
  /** 投放类型push或者feed */
  delivery_type: string;
}

/** Response of `youku.dsp.delivery.resource.multiget`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuDspDeliveryResourceMultigetResponse {
  /** 素材列表 */
  models?: YoukuDspDeliveryResourceMultigetDeliveryList[];
  /** 错误码 */
  msg_code?: string;
  /** 额外信息 */
  extra_info?: string | Record<string, unknown>;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success_flag?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryList` of `youku.dsp.delivery.resource.multiget`. */
export interface YoukuDspDeliveryResourceMultigetDeliveryList {
  /** 投放类型push或者feed */
  delivery_type?: string;
  /** 渠道id */
  channel_id?: Int64;
  /** 素材信息 */
  resource?: YoukuDspDeliveryResourceMultigetMap;
  /** 设备类型imei或者idfa */
  device_id_type?: string;
  /** 子渠道id */
  sub_channel_id?: Int64;
  /** 设备id(md5加密) */
  device_id?: string;
}

/** `Map` of `youku.dsp.delivery.resource.multiget`. */
export interface YoukuDspDeliveryResourceMultigetMap {
  /** 图片json */
  imgs?: string;
  /** 标题 */
  title?: string;
  /** 描述 */
  text?: string;
  /** 换端地址 */
  deeplink_url?: string;
  /** 投放类型 */
  type?: string;
  /** h5地址 */
  destination_url?: string;
}

const REQUEST_SCHEMA = {
  channel_id: 'Number',
  sub_channel_id: 'Number',
  device_ids: 'String',
  device_id_type: 'String',
  delivery_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  models: [
    {
      delivery_type: 'String',
      channel_id: 'Number',
      resource: {
        imgs: 'String',
        title: 'String',
        text: 'String',
        deeplink_url: 'String',
        type: 'String',
        destination_url: 'String',
      },
      device_id_type: 'String',
      sub_channel_id: 'Number',
      device_id: 'String',
    },
  ],
  msg_code: 'String',
  extra_info: 'Json',
  msg_info: 'String',
  success_flag: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `youku.dsp.delivery.resource.multiget`: method, response root, request and response schemas. */
export const youkuDspDeliveryResourceMultigetOperation = {
  method: 'youku.dsp.delivery.resource.multiget',
  responseRoot: 'youku_dsp_delivery_resource_multiget_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优酷实时批量获取可投放设备资源 — calls TOP method `youku.dsp.delivery.resource.multiget`.
 *
 * 优酷实时获取可投放设备资源信息,为第三方渠道提供素材获取人群识别的api,支持批量获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuDspDeliveryResourceMultiget(
  client: TopClient,
  request: YoukuDspDeliveryResourceMultigetRequest,
  options?: CallOptions,
): Promise<YoukuDspDeliveryResourceMultigetResponse> {
  return client.call<YoukuDspDeliveryResourceMultigetResponse>(
    {
      method: 'youku.dsp.delivery.resource.multiget',
      responseRoot: 'youku_dsp_delivery_resource_multiget_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

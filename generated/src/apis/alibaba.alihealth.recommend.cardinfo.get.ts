// Generated from specs/alihealthoutflow/alibaba.alihealth.recommend.cardinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.recommend.cardinfo.get` (快应用卡片信息). */
export interface AlibabaAlihealthRecommendCardinfoGetRequest {
  /** 请求入参 */
  card_request: AlibabaAlihealthRecommendCardinfoGetQuickAppRequestInput;
}

/** Response of `alibaba.alihealth.recommend.cardinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthRecommendCardinfoGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  card_result?: AlibabaAlihealthRecommendCardinfoGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QuickAppRequest` of `alibaba.alihealth.recommend.cardinfo.get`. */
export interface AlibabaAlihealthRecommendCardinfoGetQuickAppRequestInput {
  /** 场景id */
  scene_id: string;
  /** 卡片当前展示的时间 */
  show_time: string;
  /** 渠道标识 */
  channel?: string;
  /** 应用版本 */
  app_version?: string;
  /** 城市信息编码 */
  city_code?: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
}

/** `ServiceResult` of `alibaba.alihealth.recommend.cardinfo.get`. */
export interface AlibabaAlihealthRecommendCardinfoGetServiceResult {
  /** success */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMessage */
  err_message?: string;
  /** 返回投放数据 */
  data?: AlibabaAlihealthRecommendCardinfoGetQuickAppCardInfoVo[];
}

/** `QuickAppCardInfoVo` of `alibaba.alihealth.recommend.cardinfo.get`. */
export interface AlibabaAlihealthRecommendCardinfoGetQuickAppCardInfoVo {
  /** 背景图 */
  bg_img?: string;
  /** 背景图右侧图标 */
  bg_right_icon?: string;
  /** logo图标 */
  logo_img?: string;
  /** 标题 */
  title?: string;
  /** 标题颜色 */
  title_color?: string;
  /** 标题字体大小 */
  title_size?: string;
  /** 副标题 */
  sub_title?: string;
  /** 副标题颜色 */
  sub_title_color?: string;
  /** 副标题大小 */
  sub_title_size?: string;
  /** 按钮背景颜色 */
  button_bg_color?: string;
  /** 按钮文案 */
  button_text?: string;
  /** 按钮字体颜色 */
  button_text_color?: string;
  /** 按钮字体大小 */
  button_text_size?: string;
  /** 跳转链接 */
  jump_url?: string;
}

const REQUEST_SCHEMA = {
  card_request: {
    scene_id: 'String',
    show_time: 'String',
    channel: 'String',
    app_version: 'String',
    city_code: 'String',
    latitude: 'String',
    longitude: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  card_result: {
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
    data: [
      {
        bg_img: 'String',
        bg_right_icon: 'String',
        logo_img: 'String',
        title: 'String',
        title_color: 'String',
        title_size: 'String',
        sub_title: 'String',
        sub_title_color: 'String',
        sub_title_size: 'String',
        button_bg_color: 'String',
        button_text: 'String',
        button_text_color: 'String',
        button_text_size: 'String',
        jump_url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.recommend.cardinfo.get`: method, response root, request and response schemas. */
export const alibabaAlihealthRecommendCardinfoGetOperation = {
  method: 'alibaba.alihealth.recommend.cardinfo.get',
  responseRoot: 'alibaba_alihealth_recommend_cardinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快应用卡片信息 — calls TOP method `alibaba.alihealth.recommend.cardinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthRecommendCardinfoGet(
  client: TopClient,
  request: AlibabaAlihealthRecommendCardinfoGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthRecommendCardinfoGetResponse> {
  return client.call<AlibabaAlihealthRecommendCardinfoGetResponse>(
    {
      method: 'alibaba.alihealth.recommend.cardinfo.get',
      responseRoot: 'alibaba_alihealth_recommend_cardinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

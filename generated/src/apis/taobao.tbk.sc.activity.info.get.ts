// Generated from specs/tbk/taobao.tbk.sc.activity.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.activity.info.get` (淘宝客-服务商-官方活动转链). */
export interface TaobaoTbkScActivityInfoGetRequest {
  /** 官方活动会场ID，从淘宝客后台“我要推广-活动推广”中获取 */
  activity_material_id: string;
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: Int64Input;
  /** mm_xxx_xxx_xxx的第2段数字 */
  site_id: Int64Input;
  /** 渠道关系id */
  relation_id?: Int64Input;
  /** 自定义输入串，英文和数字组成，长度不能大于12个字符，区分不同的推广渠道 */
  union_id?: string;
}

/** Response of `taobao.tbk.sc.activity.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScActivityInfoGetResponse {
  /** 返回结果对象 */
  data?: TaobaoTbkScActivityInfoGetData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `taobao.tbk.sc.activity.info.get`. */
export interface TaobaoTbkScActivityInfoGetData {
  /** 【本地化】微信推广二维码地址 */
  wx_qrcode_url?: string;
  /** 推广长链接 */
  click_url?: string;
  /** 推广短链接 */
  short_click_url?: string;
  /** 投放平台：1-PC，2-无线 */
  terminal_type?: string;
  /** 物料素材下载地址 */
  material_oss_url?: string;
  /** 会场名称 */
  page_name?: string;
  /** 活动开始时间 */
  page_start_time?: string;
  /** 活动结束时间 */
  page_end_time?: string;
  /** 【本地化】微信小程序推广地址 */
  wx_miniprogram_path?: string;
}

const REQUEST_SCHEMA = {
  activity_material_id: 'String',
  adzone_id: 'Number',
  site_id: 'Number',
  relation_id: 'Number',
  union_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    wx_qrcode_url: 'String',
    click_url: 'String',
    short_click_url: 'String',
    terminal_type: 'String',
    material_oss_url: 'String',
    page_name: 'String',
    page_start_time: 'String',
    page_end_time: 'String',
    wx_miniprogram_path: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.activity.info.get`: method, response root, request and response schemas. */
export const taobaoTbkScActivityInfoGetOperation = {
  method: 'taobao.tbk.sc.activity.info.get',
  responseRoot: 'tbk_sc_activity_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-官方活动转链 — calls TOP method `taobao.tbk.sc.activity.info.get`.
 *
 * 服务商使用。支持入参推广者对应的推广位和官方活动会场ID，获取活动信息和推广者的推广链接，包含推广长链接、短链接、淘口令、微信推广二维码地址等。改该API支持二方、三方类型的转链。官方活动会场ID，从淘宝客后台“我要推广-活动推广”中获取。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScActivityInfoGet(
  client: TopClient,
  request: TaobaoTbkScActivityInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScActivityInfoGetResponse> {
  return client.call<TaobaoTbkScActivityInfoGetResponse>(
    {
      method: 'taobao.tbk.sc.activity.info.get',
      responseRoot: 'tbk_sc_activity_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

// Generated from specs/alihealthoutflow/alibaba.alihealth.recommend.mixcardinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.recommend.mixcardinfo.get` (快应用混合卡片信息). */
export interface AlibabaAlihealthRecommendMixcardinfoGetRequest {
  /** 请求入参 */
  quick_app_request?: AlibabaAlihealthRecommendMixcardinfoGetQuickAppRequestInput;
}

/** Response of `alibaba.alihealth.recommend.mixcardinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthRecommendMixcardinfoGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  card_result?: AlibabaAlihealthRecommendMixcardinfoGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QuickAppRequest` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetQuickAppRequestInput {
  /** 应用版本 */
  app_version?: string;
  /** 城市编码 */
  city_code?: string;
  /** 展示时间 */
  show_time: string;
  /** 纬度 */
  latitude?: string;
  /** 场景id */
  scene_id: string;
  /** 渠道标识 */
  channel?: string;
  /** 经度 */
  longitude?: string;
}

/** `ServiceResult` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetServiceResult {
  /** 卡片数据 */
  data?: AlibabaAlihealthRecommendMixcardinfoGetQuickAppCardWrapperVO;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_message?: string;
}

/** `QuickAppCardWrapperVO` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetQuickAppCardWrapperVO {
  /** 疫苗卡片数据集合 */
  item_in_stock_card_vo_list?: AlibabaAlihealthRecommendMixcardinfoGetItemInStockCardVo[];
  /** 地址信息 */
  address_vo?: AlibabaAlihealthRecommendMixcardinfoGetAddressVO;
  /** 投放卡片 */
  quick_app_card_info_vo_list?: AlibabaAlihealthRecommendMixcardinfoGetQuickAppCardInfoVo[];
  /** 卡片类型，1投放卡片，2疫苗卡片 */
  type?: Int64;
}

/** `ItemInStockCardVo` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetItemInStockCardVo {
  /** 疫苗卡片数据 */
  item_in_stock_list?: AlibabaAlihealthRecommendMixcardinfoGetItemInStockVo[];
  /** 标签名 */
  tab_name?: string;
}

/** `ItemInStockVo` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetItemInStockVo {
  /** tab名 */
  tab_name?: string;
  /** 供应商地址 */
  address?: string;
  /** 客户端名 */
  client_name?: string;
  /** 原价 */
  origin_price?: string;
  /** 数据来源 */
  source?: string;
  /** 商品名 */
  title?: string;
  /** 标签名 */
  tags?: string;
  /** 埋点 */
  entry_id?: string;
  /** 商品图 */
  img_url?: string;
  /** 商品id */
  item_id?: Int64;
  /** 现价 */
  price?: string;
}

/** `AddressVO` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetAddressVO {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
}

/** `QuickAppCardInfoVo` of `alibaba.alihealth.recommend.mixcardinfo.get`. */
export interface AlibabaAlihealthRecommendMixcardinfoGetQuickAppCardInfoVo {
  /** 副标题颜色 */
  sub_title_color?: string;
  /** 按钮文案 */
  button_text?: string;
  /** 背景图 */
  bg_img?: string;
  /** 标题尺寸 */
  title_size?: string;
  /** 标题 */
  title?: string;
  /** 副标题尺寸 */
  sub_title_size?: string;
  /** 跳转链接 */
  jump_url?: string;
  /** 背景图右侧图标 */
  bg_right_icon?: string;
  /** 按钮文案尺寸 */
  button_text_size?: string;
  /** logo图 */
  logo_img?: string;
  /** 副标题 */
  sub_title?: string;
  /** 标题颜色 */
  title_color?: string;
  /** 按钮文案颜色 */
  button_text_color?: string;
  /** 按钮背景色 */
  button_bg_color?: string;
}

const REQUEST_SCHEMA = {
  quick_app_request: {
    app_version: 'String',
    city_code: 'String',
    show_time: 'String',
    latitude: 'String',
    scene_id: 'String',
    channel: 'String',
    longitude: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  card_result: {
    data: {
      item_in_stock_card_vo_list: [
        {
          item_in_stock_list: [
            {
              tab_name: 'String',
              address: 'String',
              client_name: 'String',
              origin_price: 'String',
              source: 'String',
              title: 'String',
              tags: 'String',
              entry_id: 'String',
              img_url: 'String',
              item_id: 'Number',
              price: 'String',
            },
          ],
          tab_name: 'String',
        },
      ],
      address_vo: {
        province: 'String',
        city: 'String',
      },
      quick_app_card_info_vo_list: [
        {
          sub_title_color: 'String',
          button_text: 'String',
          bg_img: 'String',
          title_size: 'String',
          title: 'String',
          sub_title_size: 'String',
          jump_url: 'String',
          bg_right_icon: 'String',
          button_text_size: 'String',
          logo_img: 'String',
          sub_title: 'String',
          title_color: 'String',
          button_text_color: 'String',
          button_bg_color: 'String',
        },
      ],
      type: 'Number',
    },
    err_code: 'String',
    success: 'Boolean',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.recommend.mixcardinfo.get`: method, response root, request and response schemas. */
export const alibabaAlihealthRecommendMixcardinfoGetOperation = {
  method: 'alibaba.alihealth.recommend.mixcardinfo.get',
  responseRoot: 'alibaba_alihealth_recommend_mixcardinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快应用混合卡片信息 — calls TOP method `alibaba.alihealth.recommend.mixcardinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthRecommendMixcardinfoGet(
  client: TopClient,
  request: AlibabaAlihealthRecommendMixcardinfoGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthRecommendMixcardinfoGetResponse> {
  return client.call<AlibabaAlihealthRecommendMixcardinfoGetResponse>(
    {
      method: 'alibaba.alihealth.recommend.mixcardinfo.get',
      responseRoot: 'alibaba_alihealth_recommend_mixcardinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

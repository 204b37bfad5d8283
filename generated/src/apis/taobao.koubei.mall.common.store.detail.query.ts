// Generated from specs/koubeimall/taobao.koubei.mall.common.store.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.store.detail.query` (查询综合体内的门店详细信息). */
export interface TaobaoKoubeiMallCommonStoreDetailQueryRequest {
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
  /**
   * 商圈内的门店ID
   *
   * Max length: 32
   */
  store_id: string;
  /**
   * 身份ID，识别合作方身份（可联系口碑综合体业务获取）
   *
   * Max length: 32
   */
  data_set_id: string;
  /**
   * 口碑城市编码（示例：杭州市330100）
   *
   * Max length: 32
   */
  city_code?: string;
  /**
   * 经度（终端设备地理位置）
   *
   * Max length: 32
   */
  longitude?: string;
  /**
   * 纬度（终端设备地理位置）
   *
   * Max length: 32
   */
  latitude?: string;
  /**
   * 终端设备描述(中、英文均可)
   *
   * Max length: 32
   */
  terminal_type?: string;
  /**
   * 支付宝/口碑/淘宝app版本号
   *
   * Max length: 32
   */
  app_version?: string;
  /**
   * 展示渠道：ALIPAY_APP KOUBEI_APP TAOBAO_APP（默认ALIPAY_APP）
   *
   * Max length: 32
   */
  display_channel?: string;
}

/** Response of `taobao.koubei.mall.common.store.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiMallCommonStoreDetailQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** 返回门店详情模型 */
  data?: TaobaoKoubeiMallCommonStoreDetailQueryStoreDetailDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonStoreDetailQueryTribeError;
}

/** `StoreDetailDto` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryStoreDetailDto {
  /** 门店相册 */
  store_album?: TaobaoKoubeiMallCommonStoreDetailQueryStoreAlbumDto;
  /** 门店基础信息 */
  store_dto?: TaobaoKoubeiMallCommonStoreDetailQueryStoreDto;
  /** 服务信息 */
  service_info?: TaobaoKoubeiMallCommonStoreDetailQueryServiceInfoDto;
}

/** `StoreAlbumDto` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryStoreAlbumDto {
  /** 相册名称 */
  album_name?: string;
  /** 描述信息 */
  album_desc?: string;
  /** 照片列表 */
  picture_list?: TaobaoKoubeiMallCommonStoreDetailQueryPicture[];
}

/** `Picture` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryPicture {
  /** 图片顺序 */
  sequence?: Int64;
  /** 图片来源 */
  picture_source?: string;
  /** 图片链接 */
  picture_url?: string;
  /** 图片名称 */
  picture_name?: string;
}

/** `StoreDto` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryStoreDto {
  /** 门店品牌名称 */
  brand_name?: string;
  /** 门店联系方式，多个电话用英文","分隔符（包含手机、座机电话） */
  contact_info?: string;
  /** 门店服务 预定、点餐、排号、外卖 */
  service_tag_list?: TaobaoKoubeiMallCommonStoreDetailQueryServiceTag[];
  /** 门店所属商圈ID */
  mall_id?: string;
  /** 门店评论总数 */
  comment_total_count?: string;
  /** 地理位置信息模型 */
  district_info?: TaobaoKoubeiMallCommonStoreDetailQueryDistrictInfo;
  /** 门店评分 */
  comment_score?: string;
  /** 营业时间 */
  business_time?: string;
  /** 门店ID */
  store_id?: string;
  /** 榜单 */
  billboard?: string;
  /** 门店类目信息，一级、二级、三级类目用英文","分隔符；示例：美食,火锅,川菜/重庆火锅 */
  category_name?: string;
  /** 门店质量分 */
  score?: string;
  /** 门店详情小程序URL */
  store_detail_url?: string;
  /** 门店logo */
  store_logo?: string;
  /** 门店名称 */
  store_name?: string;
  /** 人均消费 */
  average_price?: string;
}

/** `ServiceTag` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryServiceTag {
  /** 图标icon */
  tag_icon?: string;
  /** 服务标签code */
  tag_code?: string;
}

/** `DistrictInfo` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryDistrictInfo {
  /** 区域编码 */
  district_code?: string;
  /** 地址 */
  address?: string;
  /** 城市名称 */
  city_name?: string;
  /** 区域名称 */
  district_name?: string;
  /** 城市编码 */
  city_code?: string;
  /** 省份编码 */
  province_code?: string;
  /** 纬度 */
  latitude?: string;
  /** 省份名称 */
  province_name?: string;
  /** 经度 */
  longitude?: string;
}

/** `ServiceInfoDto` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryServiceInfoDto {
  /** 服务说明 */
  service_desc?: string;
  /** 门店服务tag */
  service_tag_list?: string[];
}

/** `TribeError` of `taobao.koubei.mall.common.store.detail.query`. */
export interface TaobaoKoubeiMallCommonStoreDetailQueryTribeError {
  /** 错误码 */
  code?: string;
  /** 错误信息描述 */
  message?: string;
  /** 错误信息可读性描述 */
  view?: string;
}

const REQUEST_SCHEMA = {
  mall_id: 'String',
  store_id: 'String',
  data_set_id: 'String',
  city_code: 'String',
  longitude: 'String',
  latitude: 'String',
  terminal_type: 'String',
  app_version: 'String',
  display_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      store_album: {
        album_name: 'String',
        album_desc: 'String',
        picture_list: [
          {
            sequence: 'Number',
            picture_source: 'String',
            picture_url: 'String',
            picture_name: 'String',
          },
        ],
      },
      store_dto: {
        brand_name: 'String',
        contact_info: 'String',
        service_tag_list: [
          {
            tag_icon: 'String',
            tag_code: 'String',
          },
        ],
        mall_id: 'String',
        comment_total_count: 'String',
        district_info: {
          district_code: 'String',
          address: 'String',
          city_name: 'String',
          district_name: 'String',
          city_code: 'String',
          province_code: 'String',
          latitude: 'String',
          province_name: 'String',
          longitude: 'String',
        },
        comment_score: 'String',
        business_time: 'String',
        store_id: 'String',
        billboard: 'String',
        category_name: 'String',
        score: 'String',
        store_detail_url: 'String',
        store_logo: 'String',
        store_name: 'String',
        average_price: 'String',
      },
      service_info: {
        service_desc: 'String',
        service_tag_list: ['String'],
      },
    },
    success: 'Boolean',
    error: {
      code: 'String',
      message: 'String',
      view: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.store.detail.query`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonStoreDetailQueryOperation = {
  method: 'taobao.koubei.mall.common.store.detail.query',
  responseRoot: 'koubei_mall_common_store_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询综合体内的门店详细信息 — calls TOP method `taobao.koubei.mall.common.store.detail.query`.
 *
 * 查询口碑综合体内的门店详情信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonStoreDetailQuery(
  client: TopClient,
  request: TaobaoKoubeiMallCommonStoreDetailQueryRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonStoreDetailQueryResponse> {
  return client.call<TaobaoKoubeiMallCommonStoreDetailQueryResponse>(
    {
      method: 'taobao.koubei.mall.common.store.detail.query',
      responseRoot: 'koubei_mall_common_store_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

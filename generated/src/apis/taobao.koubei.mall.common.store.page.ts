// Generated from specs/koubeimall/taobao.koubei.mall.common.store.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.store.page` (分页查询综合体内的门店列表信息). */
export interface TaobaoKoubeiMallCommonStorePageRequest {
  /**
   * 展示渠道：ALIPAY_APP KOUBEI_APP TAOBAO_APP（默认ALIPAY_APP）
   *
   * Max length: 32
   */
  display_channel?: string;
  /**
   * 支付宝/口碑/淘宝app版本号
   *
   * Max length: 32
   */
  app_version?: string;
  /**
   * 终端设备描述(中、英文均可)
   *
   * Max length: 32
   */
  terminal_type?: string;
  /**
   * 纬度（终端设备地理位置）
   *
   * Max length: 32
   */
  latitude?: string;
  /**
   * 经度（终端设备地理位置）
   *
   * Max length: 32
   */
  longitude?: string;
  /**
   * 口碑城市编码（示例：杭州市330100）
   *
   * Max length: 32
   */
  city_code?: string;
  /**
   * 身份ID，识别合作方身份（可联系口碑综合体业务获取）
   *
   * Max length: 32
   */
  data_set_id: string;
  /** 每页查询量，默认10（建议查询值为10的倍数，最大不超过20） */
  page_size: Int64Input;
  /** 分页查询起始值，默认为0 */
  start: Int64Input;
  /**
   * 店铺服务标签，用于列表过滤条件；比如：点餐/外卖/预定等服务筛选条件。预定：SERVICE_DING；排号：SERVICE_PAI；点菜：SERVICE_DIAN；外卖：SERVICE_WAI；
   *
   * Max list size: 20
   */
  service_tag?: string[];
  /**
   * 门店列表排序规则；默认：门店质量分降序，暂无其它排序规则
   *
   * Max length: 32
   */
  order?: string;
  /**
   * 门店列表按照类目筛选条件过滤，可通过查询商圈详情获取类目信息
   *
   * Max list size: 20
   */
  category_ids?: string[];
  /**
   * 商圈内的门店ID
   *
   * Max length: 32
   */
  store_id?: string;
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
}

/** Response of `taobao.koubei.mall.common.store.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonStorePageResponse {
  /** API接口返回的result模型 */
  result?: TaobaoKoubeiMallCommonStorePageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePageResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** 分页模型 */
  data?: TaobaoKoubeiMallCommonStorePagePageResult;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonStorePageTribeError;
}

/** `PageResult` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePagePageResult {
  /** 是否有更多data信息 */
  has_more?: boolean;
  /** 下一页起始 */
  next_start?: Int64;
  /** 门店信息模型 */
  store_list?: TaobaoKoubeiMallCommonStorePageStoreDto[];
  /** 每页查询量大小 */
  page_size?: Int64;
}

/** `StoreDto` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePageStoreDto {
  /** 门店品牌名称 */
  brand_name?: string;
  /** 门店联系方式，多个电话用英文","分隔符（包含手机、座机电话） */
  contact_info?: string;
  /** 门店所属商圈ID */
  mall_id?: string;
  /** 门店Logo */
  store_logo?: string;
  /** 门店地理位置信息 */
  district_info?: TaobaoKoubeiMallCommonStorePageDistrictInfo;
  /** 门店名称 */
  store_name?: string;
  /** 营业时间 */
  business_time?: string;
  /** 榜单 */
  billboard?: string;
  /** 门店ID */
  store_id?: string;
  /** 门店类目信息，一级、二级、三级类目用英文","分隔符；示例：美食,火锅,川菜/重庆火锅 */
  category_name?: string;
  /** 门店质量分 */
  score?: string;
  /** 门店详情小程序URL */
  store_detail_url?: string;
  /** 人均消费 */
  average_price?: string;
  /** 门店服务标签tag */
  service_tag_list?: TaobaoKoubeiMallCommonStorePageServiceTag[];
  /** 门店评论总数 */
  comment_total_count?: string;
  /** 门店评论均分 */
  comment_score?: string;
}

/** `DistrictInfo` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePageDistrictInfo {
  /** 区域编码 */
  district_code?: string;
  /** 地址 */
  address?: string;
  /** 区域名称 */
  district_name?: string;
  /** 城市名称 */
  city_name?: string;
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

/** `ServiceTag` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePageServiceTag {
  /** 图标icon */
  tag_icon?: string;
  /** 服务标签tagCode */
  tag_code?: string;
}

/** `TribeError` of `taobao.koubei.mall.common.store.page`. */
export interface TaobaoKoubeiMallCommonStorePageTribeError {
  /** 错误信息可读性描述 */
  view?: string;
  /** 错误信息描述 */
  message?: string;
  /** 错误码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  display_channel: 'String',
  app_version: 'String',
  terminal_type: 'String',
  latitude: 'String',
  longitude: 'String',
  city_code: 'String',
  data_set_id: 'String',
  page_size: 'Number',
  start: 'Number',
  service_tag: ['String'],
  order: 'String',
  category_ids: ['String'],
  store_id: 'String',
  mall_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      has_more: 'Boolean',
      next_start: 'Number',
      store_list: [
        {
          brand_name: 'String',
          contact_info: 'String',
          mall_id: 'String',
          store_logo: 'String',
          district_info: {
            district_code: 'String',
            address: 'String',
            district_name: 'String',
            city_name: 'String',
            city_code: 'String',
            province_code: 'String',
            latitude: 'String',
            province_name: 'String',
            longitude: 'String',
          },
          store_name: 'String',
          business_time: 'String',
          billboard: 'String',
          store_id: 'String',
          category_name: 'String',
          score: 'String',
          store_detail_url: 'String',
          average_price: 'String',
          service_tag_list: [
            {
              tag_icon: 'String',
              tag_code: 'String',
            },
          ],
          comment_total_count: 'String',
          comment_score: 'String',
        },
      ],
      page_size: 'Number',
    },
    success: 'Boolean',
    error: {
      view: 'String',
      message: 'String',
      code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.store.page`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonStorePageOperation = {
  method: 'taobao.koubei.mall.common.store.page',
  responseRoot: 'koubei_mall_common_store_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询综合体内的门店列表信息 — calls TOP method `taobao.koubei.mall.common.store.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonStorePage(
  client: TopClient,
  request: TaobaoKoubeiMallCommonStorePageRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonStorePageResponse> {
  return client.call<TaobaoKoubeiMallCommonStorePageResponse>(
    {
      method: 'taobao.koubei.mall.common.store.page',
      responseRoot: 'koubei_mall_common_store_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

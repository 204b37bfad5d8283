// Generated from specs/koubeimall/taobao.koubei.mall.common.mall.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.mall.detail.get` (查询商圈详细信息). */
export interface TaobaoKoubeiMallCommonMallDetailGetRequest {
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
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
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
}

/** Response of `taobao.koubei.mall.common.mall.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonMallDetailGetResponse {
  /** API接口返回的result模型 */
  result?: TaobaoKoubeiMallCommonMallDetailGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** API返回的商圈data模型 */
  data?: TaobaoKoubeiMallCommonMallDetailGetMallDetailDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonMallDetailGetTribeError;
}

/** `MallDetailDto` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetMallDetailDto {
  /** 商圈内门店类目模型 */
  category_tab_info_list?: TaobaoKoubeiMallCommonMallDetailGetCategoryTabInfoDto[];
  /** 商圈信息模型 */
  mall_dto?: TaobaoKoubeiMallCommonMallDetailGetMallDto;
}

/** `CategoryTabInfoDto` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetCategoryTabInfoDto {
  /** 前台类目ids */
  category_id_list?: string[];
  /** 前台类目名称 */
  category_name?: string;
}

/** `MallDto` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetMallDto {
  /** 商圈LOGO */
  mall_logo?: string;
  /** 商圈名称 */
  mall_name?: string;
  /** 商圈联系方式，多个电话用英文","分隔符（包含手机、座机电话） */
  contact_info?: string;
  /** 商圈封面 */
  mall_cover?: string;
  /** 商圈ID */
  mall_id?: string;
  /** 地理位置信息 */
  district_info?: TaobaoKoubeiMallCommonMallDetailGetDistrictInfo;
  /** 商圈主页小程序URL，根据入参参数display_channel信息，获取对应端小程序URL，默认支付宝小程序链接 */
  mall_home_page_url?: string;
  /** 营业时间 */
  business_time?: string;
  /** 商圈类目，包含：购物中心、步行街、特色街区、火车站、百货、机场等 */
  category_name?: string;
  /** 商圈标签，多个标签用英文","分隔符 */
  mall_label?: string;
}

/** `DistrictInfo` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetDistrictInfo {
  /** 区域编码 */
  district_code?: string;
  /** 地址 */
  address?: string;
  /** 区域编码 */
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

/** `TribeError` of `taobao.koubei.mall.common.mall.detail.get`. */
export interface TaobaoKoubeiMallCommonMallDetailGetTribeError {
  /** 错误信息可读性描述 */
  view?: string;
  /** 错误信息描述 */
  message?: string;
  /** 错误码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  city_code: 'String',
  data_set_id: 'String',
  mall_id: 'String',
  display_channel: 'String',
  app_version: 'String',
  terminal_type: 'String',
  latitude: 'String',
  longitude: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      category_tab_info_list: [
        {
          category_id_list: ['String'],
          category_name: 'String',
        },
      ],
      mall_dto: {
        mall_logo: 'String',
        mall_name: 'String',
        contact_info: 'String',
        mall_cover: 'String',
        mall_id: 'String',
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
        mall_home_page_url: 'String',
        business_time: 'String',
        category_name: 'String',
        mall_label: 'String',
      },
    },
    success: 'Boolean',
    error: {
      view: 'String',
      message: 'String',
      code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.mall.detail.get`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonMallDetailGetOperation = {
  method: 'taobao.koubei.mall.common.mall.detail.get',
  responseRoot: 'koubei_mall_common_mall_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商圈详细信息 — calls TOP method `taobao.koubei.mall.common.mall.detail.get`.
 *
 * 查询口碑综合体-商圈详细信息，包含商圈基础信息、门店类目分类、商圈推荐商品等模块信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonMallDetailGet(
  client: TopClient,
  request: TaobaoKoubeiMallCommonMallDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonMallDetailGetResponse> {
  return client.call<TaobaoKoubeiMallCommonMallDetailGetResponse>(
    {
      method: 'taobao.koubei.mall.common.mall.detail.get',
      responseRoot: 'koubei_mall_common_mall_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}

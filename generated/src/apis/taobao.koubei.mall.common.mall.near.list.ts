// Generated from specs/koubeimall/taobao.koubei.mall.common.mall.near.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.mall.near.list` (根据POI查询附近商圈列表信息). */
export interface TaobaoKoubeiMallCommonMallNearListRequest {
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
  latitude: string;
  /**
   * 经度（终端设备地理位置）
   *
   * Max length: 32
   */
  longitude: string;
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
  /** 查询个数，最大查询量不能超过50个 */
  size: Int64Input;
  /** 召回半径，单位m，最大数值不能超过10km（该字段为空，默认全城召回） */
  radius?: Int64Input;
}

/** Response of `taobao.koubei.mall.common.mall.near.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonMallNearListResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiMallCommonMallNearListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.mall.near.list`. */
export interface TaobaoKoubeiMallCommonMallNearListResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** 附近商圈列表模型 */
  mall_list?: TaobaoKoubeiMallCommonMallNearListMallDTO[];
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonMallNearListTribeError;
}

/** `MallDTO` of `taobao.koubei.mall.common.mall.near.list`. */
export interface TaobaoKoubeiMallCommonMallNearListMallDTO {
  /** 商圈名称 */
  mall_name?: string;
  /** 商圈logo */
  mall_logo?: string;
  /** 距离 */
  distance?: string;
  /** 商圈联系方式，多个电话用英文","分隔符（包含手机、座机电话） */
  contact_info?: string;
  /** 商圈封面 */
  mall_cover?: string;
  /** 商圈ID */
  mall_id?: string;
  /** 地理位置信息模型 */
  district_info?: TaobaoKoubeiMallCommonMallNearListDistrictInfo;
  /** 商圈主页小程序URL，根据入参参数display_channel信息，获取对应端小程序URL，默认支付宝小程序链接 */
  mall_home_page_url?: string;
  /** 营业时间 */
  business_time?: string;
  /** 商圈类目，包含：购物中心、步行街、特色街区、火车站、百货、机场等 */
  category_name?: string;
  /** 商圈标签，多个标签用英文","分隔符 */
  mall_label?: string;
}

/** `DistrictInfo` of `taobao.koubei.mall.common.mall.near.list`. */
export interface TaobaoKoubeiMallCommonMallNearListDistrictInfo {
  /** 区域编码 */
  district_code?: string;
  /** 地址信息 */
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
  /** 省份 */
  province_name?: string;
  /** 经度 */
  longitude?: string;
}

/** `TribeError` of `taobao.koubei.mall.common.mall.near.list`. */
export interface TaobaoKoubeiMallCommonMallNearListTribeError {
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
  size: 'Number',
  radius: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    mall_list: [
      {
        mall_name: 'String',
        mall_logo: 'String',
        distance: 'String',
        contact_info: 'String',
        mall_cover: 'String',
        mall_id: 'String',
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
        mall_home_page_url: 'String',
        business_time: 'String',
        category_name: 'String',
        mall_label: 'String',
      },
    ],
    success: 'Boolean',
    error: {
      view: 'String',
      message: 'String',
      code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.mall.near.list`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonMallNearListOperation = {
  method: 'taobao.koubei.mall.common.mall.near.list',
  responseRoot: 'koubei_mall_common_mall_near_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据POI查询附近商圈列表信息 — calls TOP method `taobao.koubei.mall.common.mall.near.list`.
 *
 * 通过用户/终端设备地理位置POI信息，查询附近商圈信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonMallNearList(
  client: TopClient,
  request: TaobaoKoubeiMallCommonMallNearListRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonMallNearListResponse> {
  return client.call<TaobaoKoubeiMallCommonMallNearListResponse>(
    {
      method: 'taobao.koubei.mall.common.mall.near.list',
      responseRoot: 'koubei_mall_common_mall_near_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
